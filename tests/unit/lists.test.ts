import { describe, expect, test } from 'vitest';
import { groupBy } from '../../src/lib/groupBy';
import { listPages, pageWindow } from '../../src/lib/paginate';
import { draftPreviews, published } from '../../src/lib/published';
import { newsFeatures, relatedEntries } from '../../src/lib/related';
import { tagIndex } from '../../src/lib/tags';
import { targetProgress } from '../../src/lib/targetProgress';

describe('published', () => {
  test('leaves drafts out', () => {
    const list = [{ id: 'a', data: { draft: false } }, { id: 'b', data: { draft: true } }, { id: 'c', data: {} }];
    expect(published(list).map((e) => e.id)).toEqual(['a', 'c']);
  });
});

describe('draftPreviews', () => {
  const list = [{ id: 'a', data: { draft: false } }, { id: 'b', data: { draft: true } }, { id: 'c', data: {} }];
  test("gives the drafts a page on the editor's dev server", () => {
    expect(draftPreviews(list, true).map((e) => e.id)).toEqual(['b']);
  });
  test('gives none in a build', () => {
    expect(draftPreviews(list, false)).toEqual([]);
  });
});

describe('listPages', () => {
  test('splits a list into pages of a fixed size, each with its route parameter and the route\'s own', () => {
    const items = Array.from({ length: 25 }, (_, i) => i);
    const pages = listPages(items, 10, { tag: 'thi-dua' }, { label: 'thi đua' });
    expect(pages.map((p) => p.params)).toEqual([
      { tag: 'thi-dua', page: undefined },
      { tag: 'thi-dua', page: 'trang/2' },
      { tag: 'thi-dua', page: 'trang/3' },
    ]);
    expect(pages.map((p) => [p.props.label, p.props.current, p.props.count])).toEqual([
      ['thi đua', 1, 3],
      ['thi đua', 2, 3],
      ['thi đua', 3, 3],
    ]);
    expect(pages[2]!.props.items).toEqual([20, 21, 22, 23, 24]);
    expect(pages.flatMap((p) => p.props.items)).toEqual(items);
  });

  test('gives an empty list one empty page', () => {
    expect(listPages([], 10)).toEqual([{ params: { page: undefined }, props: { current: 1, count: 1, items: [] } }]);
  });
});

describe('groupBy', () => {
  test('keeps first-appearance order of keys and items', () => {
    const groups = groupBy([3, 1, 4, 1, 5, 9, 2, 6], (n) => (n % 2 ? 'le' : 'chan'));
    expect(groups).toEqual([
      ['le', [3, 1, 1, 5, 9]],
      ['chan', [4, 2, 6]],
    ]);
  });
});

describe('tagIndex', () => {
  test('counts spellings that slug alike as one tag, in the order first used', () => {
    const entries = [
      { id: 'a', data: { tags: ['Đảng bộ', 'thi đua'] } },
      { id: 'b', data: { tags: ['đảng bộ'] } },
      { id: 'c', data: { tags: ['Thi đua', 'Đảng Bộ'] } },
      { id: 'd', data: { tags: ['GPMB', 'gpmb', 'Đại hội'] } },
    ];
    const tags = tagIndex(entries);
    expect(tags.map((t) => [t.slug, t.label, t.entries.map((e) => e.id)])).toEqual([
      ['dang-bo', 'Đảng bộ', ['a', 'b', 'c']],
      ['thi-dua', 'thi đua', ['a', 'c']],
      ['gpmb', 'GPMB', ['d']],
      ['dai-hoi', 'Đại hội', ['d']],
    ]);
  });
});

describe('pageWindow', () => {
  test('offers the first, the last and two pages either side of the current one, gaps marked', () => {
    expect(pageWindow(1, 750)).toEqual([1, 2, 3, undefined, 750]);
    expect(pageWindow(10, 750)).toEqual([1, undefined, 8, 9, 10, 11, 12, undefined, 750]);
    expect(pageWindow(750, 750)).toEqual([1, undefined, 748, 749, 750]);
  });

  test('shows a single left-out page instead of a gap, and every page of a short list', () => {
    expect(pageWindow(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(1, 1)).toEqual([1]);
  });
});

describe('relatedEntries', () => {
  const all = [
    { id: 'a', tags: ['x', 'y'] },
    { id: 'b', tags: ['y'] },
    { id: 'c', tags: ['x', 'y'] },
    { id: 'd', tags: ['z'] },
  ];
  const byTag = (entry: (typeof all)[number]) => entry.tags.map((tag) => [tag, 1] as const);

  test('ranks by what entries share, leaves out the entry itself and entries sharing nothing', () => {
    const related = relatedEntries(all, byTag);
    expect(related.get('a')!.map((e) => e.id)).toEqual(['c', 'b']);
    expect(related.get('b')!.map((e) => e.id)).toEqual(['a', 'c']);
    expect(related.get('d')).toEqual([]);
  });

  test('stops at the count asked for', () => {
    expect(relatedEntries(all, byTag, 1).get('a')!.map((e) => e.id)).toEqual(['c']);
  });

  test('adds up what each shared feature is worth', () => {
    const news = [
      { id: 'me', tags: ['x'], unit: 'u1', category: 'c1' },
      { id: 'same-unit', tags: [], unit: 'u1', category: 'c2' },
      { id: 'same-tag', tags: ['x'], unit: 'u2', category: 'c2' },
      { id: 'tag-and-category', tags: ['x'], unit: 'u2', category: 'c1' },
    ];
    const features = (e: (typeof news)[number]) => [...e.tags.map((t) => [`tag ${t}`, 2] as const), [`unit ${e.unit}`, 1] as const, [`category ${e.category}`, 1] as const];
    expect(relatedEntries(news, features).get('me')!.map((e) => e.id)).toEqual(['tag-and-category', 'same-tag', 'same-unit']);
  });

  test('relates news whose keywords are spelt apart but share a page ("Đảng bộ", "đảng bộ")', () => {
    const item = (id: string, tags: string[], category: string) => ({ id, data: { tags, units: [], category } });
    const news = [item('me', ['Đảng bộ'], 'c1'), item('other-category', ['đảng bộ'], 'c2'), item('same-category', [], 'c1')];
    expect(relatedEntries(news, newsFeatures).get('me')!.map((e) => e.id)).toEqual(['other-category', 'same-category']);
  });

  test('keeps the order of the list between entries that share as much', () => {
    const list = [
      { id: 'me', tags: ['x', 'y'] },
      { id: 'one', tags: ['x'] },
      { id: 'two', tags: ['y'] },
      { id: 'best', tags: ['x', 'y'] },
      { id: 'three', tags: ['x'] },
      { id: 'four', tags: ['y'] },
    ];
    expect(relatedEntries(list, byTag).get('me')!.map((e) => e.id)).toEqual(['best', 'one', 'two']);
    expect(relatedEntries(list, byTag, 5).get('me')!.map((e) => e.id)).toEqual(['best', 'one', 'two', 'three', 'four']);
  });
});

describe('targetProgress', () => {
  test('is the share reached, capped at the whole', () => {
    expect(targetProgress({ target: 200, value: 50 })).toBe(0.25);
    expect(targetProgress({ target: 100, value: 120 })).toBe(1);
  });
  test('is undefined before anything is reported', () => {
    expect(targetProgress({ target: 100 })).toBeUndefined();
  });
});
