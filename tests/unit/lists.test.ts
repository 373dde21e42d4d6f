import { describe, expect, test } from 'vitest';
import { groupBy } from '../../src/lib/groupBy';
import { neighbours } from '../../src/lib/neighbours';
import { listPages, pageWindow } from '../../src/lib/paginate';
import { published } from '../../src/lib/published';
import { related, shared } from '../../src/lib/related';
import { tagIndex } from '../../src/lib/tags';
import { targetProgress } from '../../src/lib/targetProgress';

describe('published', () => {
  test('leaves drafts out', () => {
    const list = [{ id: 'a', data: { draft: false } }, { id: 'b', data: { draft: true } }, { id: 'c', data: {} }];
    expect(published(list).map((e) => e.id)).toEqual(['a', 'c']);
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
  test('counts spellings that slug alike as one tag, most used first', () => {
    const entries = [
      { id: 'a', data: { tags: ['Đảng bộ', 'thi đua'] } },
      { id: 'b', data: { tags: ['đảng bộ'] } },
      { id: 'c', data: { tags: ['Thi đua', 'Đảng Bộ'] } },
    ];
    const tags = tagIndex(entries);
    expect(tags.map((t) => [t.slug, t.label, t.entries.map((e) => e.id)])).toEqual([
      ['dang-bo', 'Đảng bộ', ['a', 'b', 'c']],
      ['thi-dua', 'thi đua', ['a', 'c']],
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

describe('shared', () => {
  test('counts the values of one list found in the other, by value or by key', () => {
    expect(shared(['x', 'y', 'z'], ['y', 'z', 'w'])).toBe(2);
    expect(shared([{ id: 'a' }, { id: 'b' }], [{ id: 'b' }], (u) => u.id)).toBe(1);
    expect(shared([], ['x'])).toBe(0);
  });
});

describe('related', () => {
  const all = [
    { id: 'a', tags: ['x', 'y'] },
    { id: 'b', tags: ['y'] },
    { id: 'c', tags: ['x', 'y'] },
    { id: 'd', tags: ['z'] },
  ];
  const score = (p: (typeof all)[number], q: (typeof all)[number]) => shared(p.tags, q.tags);

  test('ranks by what entries share, leaves out the entry itself and entries sharing nothing', () => {
    expect(related(all[0]!, all, score).map((e) => e.id)).toEqual(['c', 'b']);
  });

  test('stops at the count asked for', () => {
    expect(related(all[0]!, all, score, 1).map((e) => e.id)).toEqual(['c']);
  });

  test('keeps the order of the list between entries that share as much', () => {
    const list = [{ id: 'me' }, { id: 'one' }, { id: 'two' }, { id: 'best' }, { id: 'three' }, { id: 'four' }];
    const points = (_: unknown, q: { id: string }) => (q.id === 'best' ? 2 : 1);
    expect(related(list[0]!, list, points).map((e) => e.id)).toEqual(['best', 'one', 'two']);
    expect(related(list[0]!, list, points, 5).map((e) => e.id)).toEqual(['best', 'one', 'two', 'three', 'four']);
  });
});

describe('neighbours', () => {
  const list = [{ id: 'new' }, { id: 'mid' }, { id: 'old' }];
  test('gives the newer and older entries', () => {
    expect(neighbours(list, 'mid')).toEqual({ newer: { id: 'new' }, older: { id: 'old' } });
    expect(neighbours(list, 'new')).toEqual({ newer: undefined, older: { id: 'mid' } });
    expect(neighbours(list, 'none')).toEqual({});
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
