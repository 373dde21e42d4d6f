import { pageParam } from './urls';

/** How many pages `total` items fill at `perPage` a page; an empty list still has its first page. */
function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** The page (1-based) that holds the item at `index` (0-based). */
export function pageHolding(index: number, perPage: number): number {
  return Math.floor(index / perPage) + 1;
}

/** The items on page `page` (1-based). */
function pageItems<T>(items: readonly T[], page: number, perPage: number): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}

/** News items per list page: short enough for a cheap phone, long enough to browse a month. */
export const NEWS_PER_PAGE = 8;

/** Story cards per list page: four rows of three on a wide screen. */
export const STORIES_PER_PAGE = 12;

/** Decisions per page of the honor roll: a few lines each, and a commune may sign hundreds in a year. */
export const AWARDS_PER_PAGE = 20;

/**
 * The paths of a list's pages, as a `[...page]` route's getStaticPaths returns them: the route's other `params` and
 * `props`, plus the page's parameter (none for the first page), its number, how many pages there are and its items.
 * An empty list still has its first page, which says the list is empty.
 */
export function listPages<T, Params extends object = object, Props extends object = object>(
  items: readonly T[],
  perPage: number,
  params = {} as Params,
  props = {} as Props,
) {
  const count = pageCount(items.length, perPage);
  return Array.from({ length: count }, (_, i) => ({
    params: { ...params, page: pageParam(i + 1) },
    props: { ...props, current: i + 1, count, items: pageItems(items, i + 1, perPage) },
  }));
}

/**
 * The page numbers a list offers from page `current` of `count`: the first, the last and the pages around the
 * current one; `undefined` stands for the pages left out between them. With 10,000 entries the news has 750 pages,
 * and a link to each on every page made each list page 100 KB and the build quadratic.
 */
export function pageWindow(current: number, count: number, around = 2): (number | undefined)[] {
  const shown = [...new Set([1, count, ...Array.from({ length: 2 * around + 1 }, (_, i) => current - around + i)])]
    .filter((n) => n >= 1 && n <= count)
    .sort((a, b) => a - b);
  // A gap of one page shows that page rather than a mark standing for it.
  return shown.flatMap((n, i) => (i === 0 || n === shown[i - 1]! + 1 ? [n] : n === shown[i - 1]! + 2 ? [n - 1, n] : [undefined, n]));
}
