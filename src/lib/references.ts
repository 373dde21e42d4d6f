/** A reference as Astro stores it: the target collection and the target entry's id. */
interface Ref {
  id: string;
}

/** The entries among `entries` whose references (picked by `pick`) include the entry `id`: "what links here". */
export function referencing<T>(entries: readonly T[], id: string, pick: (entry: T) => readonly Ref[] | Ref | undefined): T[] {
  return entries.filter((entry) => {
    const refs = pick(entry);
    if (!refs) return false;
    return (Array.isArray(refs) ? refs : [refs]).some((ref: Ref) => ref.id === id);
  });
}
