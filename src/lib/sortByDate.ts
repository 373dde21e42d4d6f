/** Entries newest first by the date `pick` returns; entries without a date go last, in their original order. */
export function sortNewestFirst<T>(entries: readonly T[], pick: (entry: T) => Date | undefined): T[] {
  return [...entries].sort((a, b) => (pick(b)?.getTime() ?? -Infinity) - (pick(a)?.getTime() ?? -Infinity));
}
