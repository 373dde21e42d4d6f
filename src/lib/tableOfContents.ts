/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** One entry of a table of contents, with the headings nested under it. */
export interface TocItem extends Heading {
  children: TocItem[];
}

/**
 * Nests a body's headings (from `minDepth` down to `maxDepth`) into a tree for the table of contents: each heading
 * goes under the nearest earlier heading of a smaller depth. A heading that skips levels is still kept.
 */
export function tableOfContents(headings: Heading[], minDepth = 2, maxDepth = 4): TocItem[] {
  const root: TocItem[] = [];
  const stack: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth < minDepth || heading.depth > maxDepth) continue;
    const item: TocItem = { ...heading, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= item.depth) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1]!.children : root).push(item);
    stack.push(item);
  }
  return root;
}
