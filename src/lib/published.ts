import { firstWhere } from './firstWhere';
import { sortNewestFirst } from './sortByDate';

/** The entries residents may see: drafts stay in the CMS until an editor unticks "Bản nháp". */
export function published<T extends { data: { draft?: boolean } }>(entries: readonly T[]): T[] {
  return entries.filter((entry) => !entry.data.draft);
}

/**
 * The drafts that get a page of their own, only on an editor's dev server: the CMS's Preview opens a draft there, so
 * it can be read as residents will see it before "Bản nháp" is unticked. No list, feed or search ever shows one, and a
 * build leaves them all out.
 */
export function draftPreviews<T extends { data: { draft?: boolean } }>(entries: readonly T[], devServer = import.meta.env.DEV): T[] {
  return devServer ? entries.filter((entry) => entry.data.draft) : [];
}

/** What lists, pages and feeds show of news and stories: no drafts, newest first. */
export function publishedNewestFirst<T extends { data: { draft?: boolean; publishedAt: Date } }>(entries: readonly T[]): T[] {
  return sortNewestFirst(published(entries), (entry) => entry.data.publishedAt);
}

/**
 * The first `count` entries of a home-page list: those an editor ticked "Nổi bật" (shown on the home page) first,
 * then the others, each in the order given.
 */
export function featuredFirst<T extends { data: { featured: boolean } }>(entries: readonly T[], count: number): T[] {
  return firstWhere(entries, (entry) => entry.data.featured).slice(0, count);
}
