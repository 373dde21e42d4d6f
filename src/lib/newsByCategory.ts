import { NEWS_CATEGORIES, type NewsCategory } from './options';

/**
 * The news of each category, in the order given, in the categories' own order; a category with no news yet is there
 * with none. What a category's pages, its feed and the follow page list.
 */
export function newsByCategory<T extends { data: { category: NewsCategory } }>(news: readonly T[]): [NewsCategory, T[]][] {
  const byCategory = new Map(NEWS_CATEGORIES.map((category) => [category, [] as T[]]));
  for (const item of news) byCategory.get(item.data.category)!.push(item);
  return [...byCategory];
}
