import type { HastNode, HastPluginEntry } from 'satteri';

type Element = Extract<HastNode, { type: 'element' }>;

/**
 * A list item as Word pastes it: its mark ("·" from the Symbol font, "–", "1.", "a)") and then no-break spaces padding
 * it to Word's tab stop, which the CMS keeps ("·\u00A0 \u00A0 \u00A0 \u00A0 Tặng Giấy khen…"). Only a mark followed by
 * a no-break space and more room: a mark typed with a space ("- ", "1. ") is already a Markdown list, "1.5 ha" is no
 * mark, and a line of dialogue typed with one no-break space ("–\u00A0Anh E chia sẻ") stays as it is.
 */
const MARK = /^[ \t]*(?:(?<bullet>[·•▪■●◦○§Ø❖➢➤✓✔o\-–—+*])|(?<number>\d{1,3})[.)]|[a-zđ][.)])\u00A0[\s\u00A0]+/u;

/** Text of spaces alone, as Word's empty lines (`<o:p>&nbsp;</o:p>`) are pasted, or the line end between blocks. */
const BLANK = /^[\s\u00A0]*$/;

/** A paragraph as Word pasted it: its mark's kind and number, and its text without the mark's padding. */
interface Pasted {
  node: Element;
  kind: 'ul' | 'ol' | 'lettered';
  number: number;
  mark: string;
  children: HastNode[];
}

const pasted = (node: Element): Pasted | undefined => {
  const first = node.children[0];
  const found = first?.type === 'text' ? MARK.exec(first.value) : null;
  if (!found) return undefined;
  const { bullet, number } = found.groups!;
  return {
    node,
    kind: bullet ? 'ul' : number ? 'ol' : 'lettered',
    number: Number(number),
    mark: found[0].trim(),
    children: [{ type: 'text', value: (first as { value: string }).value.slice(found[0].length) }, ...node.children.slice(1)],
  };
};

const list = (tagName: 'ul' | 'ol', children: Element[] = [], properties = {}): Element => ({ type: 'element', tagName, properties, children });
const listItem = (item: Pasted): Element => ({ type: 'element', tagName: 'li', properties: {}, children: item.children as Element['children'] });

/**
 * Bulleted items as nested lists. Word marks each level with a bullet of its own ("·", then "o", then "§"): a bullet
 * not yet seen in the run goes one level deeper, inside the item before it, and one seen before goes back to its level.
 */
function bulleted(run: Pasted[]): Element {
  const marks: string[] = [];
  const open = [list('ul')];
  for (const item of run) {
    if (!marks.includes(item.mark)) marks.push(item.mark);
    const level = Math.min(marks.indexOf(item.mark), open.length);
    open.length = Math.min(open.length, level + 1);
    if (level === open.length) {
      const inner = list('ul');
      (open.at(-1)!.children.at(-1) as Element).children.push(inner);
      open.push(inner);
    }
    open[level]!.children.push(listItem(item));
  }
  return open[0]!;
}

/**
 * Turns what the CMS keeps of a list pasted from Word back into a list. Its editor takes Word's list items for
 * paragraphs, each starting with the mark and up to eight no-break spaces: a phone showed "·" and a gap a fifth of
 * its width before each line, and a screen reader heard no list. Bullets in a row become a list (`ul`), nested by their
 * marks, items numbered on from each other (1, 2, 3…) a numbered one (`ol`, from its first number; one after a
 * paragraph of text goes on from its own number); lettered items ("a)", "đ)", whose order has "đ" after "d") keep their
 * mark, with one space. Paragraphs of spaces alone, which Word's empty lines leave, are dropped. The file is left as
 * the editor saved it; only a body with a no-break space gets the plugin.
 */
export const wordPaste: HastPluginEntry = ({ source }) => {
  if (!/\u00A0|&nbsp;|&#160;|&#xa0;/i.test(source)) return null;
  const seen = new Set<object>();
  return {
    name: 'word-paste',
    element: {
      filter: ['p'],
      // Each paragraph's neighbours decide what it becomes, so the first paragraph seen under a parent does all of them.
      visit(node, ctx) {
        const parent = ctx.parent(node);
        if (seen.has(parent)) return;
        seen.add(parent);
        const children = parent.children as HastNode[];
        let run: Pasted[] = [];
        const endRun = () => {
          const [head, ...tail] = run;
          if (head?.kind === 'lettered') {
            ctx.replaceNode(head.node, { ...head.node, children: [{ type: 'text', value: `${head.mark} ` }, ...head.children] as Element['children'] });
          } else if (head) {
            ctx.replaceNode(head.node, head.kind === 'ol' ? list('ol', run.map(listItem), head.number !== 1 ? { start: head.number } : {}) : bulleted(run));
            for (const item of tail) ctx.removeNode(item.node);
          }
          run = [];
        };
        for (const child of children) {
          if (child.type === 'text' && BLANK.test(child.value)) continue;
          if (child.type === 'element' && child.tagName === 'p' && child.children.every((c) => c.type === 'text' && BLANK.test(c.value))) {
            // An empty line, dropped, ends no list: Word leaves one between items spaced apart.
            ctx.removeNode(child);
            continue;
          }
          const item = child.type === 'element' && child.tagName === 'p' ? pasted(child) : undefined;
          const last = run.at(-1);
          // A list goes on while its marks do: any bullet (another one is a level of it), or the next number.
          if (!item || !last || item.kind === 'lettered' || item.kind !== last.kind || (item.kind === 'ol' && item.number !== last.number + 1)) endRun();
          if (item) run.push(item);
        }
        endRun();
      },
    },
  };
};
