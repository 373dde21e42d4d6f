import { sortNewestFirst } from './sortByDate';

/** How many items a feed carries: the latest only, so a feed stays small however much the site holds. */
export const FEED_SIZE = 50;

/** An entry that may become a feed item: its date, and how to make the item (only the kept ones are made). */
export interface FeedCandidate<Item> {
  date: Date | undefined;
  make: () => Promise<Item>;
}

/** The newest `FEED_SIZE` candidates made into items, newest first; undated ones come last. */
export function latestItems<Item>(candidates: readonly FeedCandidate<Item>[]): Promise<Item[]> {
  return Promise.all(
    sortNewestFirst(candidates, (candidate) => candidate.date)
      .slice(0, FEED_SIZE)
      .map((candidate) => candidate.make()),
  );
}
