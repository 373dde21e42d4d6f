import { sortNewestFirst } from './sortByDate';

/** The entries residents may see: drafts stay in the CMS until an editor unticks "Bản nháp". */
export function published<T extends { data: { draft?: boolean } }>(entries: readonly T[]): T[] {
  return entries.filter((entry) => !entry.data.draft);
}

/** What lists, pages and feeds show of news and stories: no drafts, newest first. */
export function publishedNewestFirst<T extends { data: { draft?: boolean; publishedAt: Date } }>(entries: readonly T[]): T[] {
  return sortNewestFirst(published(entries), (entry) => entry.data.publishedAt);
}
