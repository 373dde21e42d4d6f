import { t } from '../i18n/t';
import { type EntryAt, type EntryProblem, problemAt } from './fieldLabels';

/** What `checkReferences` needs of an entry: Astro's collection entries fit. */
export interface CheckedEntry extends EntryAt {
  data: unknown;
}

/** A reference as Astro's `reference()` leaves it in parsed data. */
interface Reference {
  id: string;
  collection: string;
}

const isReference = (value: unknown): value is Reference =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).length === 2 &&
  typeof (value as Reference).id === 'string' &&
  typeof (value as Reference).collection === 'string';

/**
 * A photo as Astro resolves it, known by its file's path. Astro publishes a photo's original file, beside its resized
 * copies, once anything reads one of its other fields: whole, at full size, with the place and time a phone wrote
 * into it. Its path alone does not count.
 */
const isPhoto = (value: object): boolean => typeof (value as { fsPath?: unknown }).fsPath === 'string';

/** Every reference inside `data`, with the place of the field that holds it. */
function referencesIn(data: unknown, path: string[] = []): { path: string[]; ref: Reference }[] {
  if (isReference(data)) return [{ path, ref: data }];
  if (data instanceof Date || typeof data !== 'object' || data === null || isPhoto(data)) return [];
  return Object.entries(data).flatMap(([key, value]) => referencesIn(value, [...path, key]));
}

/**
 * Astro checks that a reference names a collection, not that the entry exists. This finds every reference, at any
 * depth, that points at no entry, and says where: "content/stories/a/index.md, field unit: no entry "x" in
 * content/units/".
 */
export function checkReferences(collections: Record<string, readonly CheckedEntry[]>): EntryProblem[] {
  const ids = new Map(Object.entries(collections).map(([name, list]) => [name, new Set(list.map((e) => e.id))]));
  return Object.entries(collections).flatMap(([name, list]) =>
    list.flatMap((entry) =>
      referencesIn(entry.data)
        .filter(({ ref }) => !ids.get(ref.collection)?.has(ref.id))
        .map(
          ({ path, ref }) =>
            problemAt(name, entry, path, t('error.noEntry', { id: ref.id, collection: ref.collection })),
        ),
    ),
  );
}
