/** How many pages `total` items fill at `perPage` a page; an empty list still has its first page. */
export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** The items on page `page` (1-based). */
export function pageItems<T>(items: readonly T[], page: number, perPage: number): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}

/** News items per list page: short enough for a cheap phone, long enough to browse a month. */
export const NEWS_PER_PAGE = 8;
