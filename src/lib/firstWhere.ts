/**
 * `items` with those `first` holds for before the others, each group keeping its order: search results holding the
 * query as a phrase, news and stories an editor ticked "Nổi bật", decisions in force before a revoked one. `first`
 * is asked once of each item.
 */
export function firstWhere<T>(items: readonly T[], first: (item: T) => boolean): T[] {
  const firsts = items.map(first);
  return [...items.filter((_, i) => firsts[i]), ...items.filter((_, i) => !firsts[i])];
}
