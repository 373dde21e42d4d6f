/**
 * Up to `count` entries most like `entry` by `score` (how much two entries share), best first; entries sharing
 * nothing are left out. Ties keep the order of `all` (pass it newest first).
 */
export function related<T extends { id: string }>(
  entry: T,
  all: readonly T[],
  score: (a: T, b: T) => number,
  count = 3,
): T[] {
  return all
    .filter((other) => other.id !== entry.id)
    .map((other, index) => ({ other, index, points: score(entry, other) }))
    .filter(({ points }) => points > 0)
    .sort((a, b) => b.points - a.points || a.index - b.index)
    .slice(0, count)
    .map(({ other }) => other);
}

/** How many values two lists share. */
export function shared<V>(a: readonly V[], b: readonly V[]): number {
  return a.filter((value) => b.includes(value)).length;
}
