import { describe, expect, test } from 'vitest';
import { newsByCategory } from '../../src/lib/newsByCategory';
import { NEWS_CATEGORIES, type NewsCategory } from '../../src/lib/options';

const item = (id: string, category: NewsCategory) => ({ id, data: { category } });

describe('newsByCategory', () => {
  test('gives every category, in its own order, with its news in the order given; one without news has none', () => {
    const [first, second] = NEWS_CATEGORIES;
    const groups = newsByCategory([item('b', second), item('a', first), item('c', second)]);
    expect(groups.map(([category]) => category)).toEqual([...NEWS_CATEGORIES]);
    const ids = new Map(groups.map(([category, news]) => [category, news.map((n) => n.id)]));
    expect(ids.get(first)).toEqual(['a']);
    expect(ids.get(second)).toEqual(['b', 'c']);
    expect(NEWS_CATEGORIES.slice(2).every((category) => ids.get(category)!.length === 0)).toBe(true);
  });
});
