import { ELEMENT_NODE, TEXT_NODE, parse, type Node } from 'ultrahtml';

// Pagefind's own rules (pagefind/src/fossick/parser.rs), which the installed 1.6 follows.
/** Elements whose words Pagefind leaves out (`REMOVE_SELECTORS`); it indexes no attribute either, not even alt text. */
const UNINDEXED = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);
/** Elements Pagefind sets apart with spaces (`SENTENCE_SELECTORS`, and `<br>`); the words of any other run on. */
const APART = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'div', 'ul', 'li', 'article', 'section', 'br']);

/**
 * The text of the HTML `fragment` as Pagefind indexes it: without what `data-pagefind-ignore` or an element Pagefind
 * skips holds, and with words run together where Pagefind runs them together. Read from the rendered page, not from
 * the fields a layout shows, so a label, a unit's name or a decision's number added to a page later is covered too.
 * Character references are left as they are: Astro and the Markdown renderer write every Vietnamese letter as itself.
 */
export function indexedText(fragment: string): string {
  let text = '';
  const collect = (node: Node): void => {
    if (node.type === TEXT_NODE) {
      text += node.value;
      return;
    }
    if (node.type !== ELEMENT_NODE) {
      for (const child of node.children ?? []) collect(child);
      return;
    }
    const name = node.name.toLowerCase();
    if (UNINDEXED.has(name) || 'data-pagefind-ignore' in node.attributes) return;
    const apart = APART.has(name) ? ' ' : '';
    text += apart;
    for (const child of node.children) collect(child);
    text += apart;
  };
  collect(parse(fragment));
  return text;
}
