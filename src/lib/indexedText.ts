import { ELEMENT_NODE, TEXT_NODE, parse, type Node } from 'ultrahtml';

/**
 * Elements whose words Pagefind leaves out of its index, as its parser does (`REMOVE_SELECTORS` in
 * pagefind/src/fossick/parser.rs); it indexes no attribute either, not even an image's alt text.
 */
const UNINDEXED = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);

/**
 * The words of the HTML `fragment` that Pagefind indexes: its text, without what `data-pagefind-ignore` or an
 * element Pagefind skips holds. Read from the rendered page, not from the fields a layout shows, so a label, a unit's
 * name or a decision's number added to a page later is covered too.
 */
export function indexedText(fragment: string): string {
  const words: string[] = [];
  const collect = (node: Node): void => {
    if (node.type === TEXT_NODE) {
      words.push(node.value);
      return;
    }
    if (node.type === ELEMENT_NODE && (UNINDEXED.has(node.name) || 'data-pagefind-ignore' in node.attributes)) return;
    for (const child of node.children ?? []) collect(child);
  };
  collect(parse(fragment));
  return words.join(' ');
}
