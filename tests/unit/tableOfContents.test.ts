import { describe, expect, test } from 'vitest';
import { tableOfContents } from '../../src/lib/tableOfContents';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });

describe('tableOfContents', () => {
  test('nests each heading under the nearest shallower one', () => {
    const toc = tableOfContents([h(2, 'i'), h(3, 'i-1'), h(4, 'i-1-a'), h(3, 'i-2'), h(2, 'ii')]);
    expect(toc.map((x) => x.slug)).toEqual(['i', 'ii']);
    expect(toc[0]!.children.map((x) => x.slug)).toEqual(['i-1', 'i-2']);
    expect(toc[0]!.children[0]!.children.map((x) => x.slug)).toEqual(['i-1-a']);
  });

  test('leaves out headings outside the depth range', () => {
    const toc = tableOfContents([h(1, 'title'), h(2, 'i'), h(5, 'deep')]);
    expect(toc).toEqual([{ ...h(2, 'i'), children: [] }]);
  });

  test('keeps a heading that skips a level', () => {
    const toc = tableOfContents([h(2, 'i'), h(4, 'a')]);
    expect(toc[0]!.children.map((x) => x.slug)).toEqual(['a']);
  });
});
