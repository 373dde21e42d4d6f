/** A reference as Astro stores it: the target collection and the target entry's id. */
interface Ref {
  id: string;
}

/**
 * "What links here" for every id at once: a lookup from an id to the entries among `entries` whose references (picked
 * by `pick`) include it, in the order of `entries`, each once. One pass over `entries`: pages that ask for each of 200
 * units scanned all 10,000 entries per unit, 4 s of a build.
 */
export function referencing<T>(entries: readonly T[], pick: (entry: T) => readonly Ref[] | Ref | undefined): (id: string) => readonly T[] {
  const byId = new Map<string, T[]>();
  for (const entry of entries) {
    const refs = pick(entry);
    if (!refs) continue;
    for (const id of new Set((Array.isArray(refs) ? refs : [refs]).map((ref: Ref) => ref.id))) {
      const list = byId.get(id);
      if (list) list.push(entry);
      else byId.set(id, [entry]);
    }
  }
  return (id) => byId.get(id) ?? [];
}
