import { slugify } from './slugify';

export interface Tag<T> {
  /** URL segment: "Đảng bộ" → "dang-bo". */
  slug: string;
  /** The first spelling editors used. */
  label: string;
  entries: T[];
}

/**
 * A keyword's URL segment, and what makes two keywords one: spellings that slug alike ("Đảng bộ", "đảng bộ") share a
 * page, and relate the news that carry them.
 */
export const tagSlug = (label: string) => slugify(label);

/** Every tag used by `entries`, spellings that slug alike counted as one, in the order first used. */
export function tagIndex<T extends { data: { tags: string[] } }>(entries: readonly T[]): Tag<T>[] {
  const tags = new Map<string, Tag<T>>();
  for (const entry of entries) {
    for (const label of entry.data.tags) {
      // Never empty: the schema refuses a keyword without a letter or digit (content.config.ts, keyword).
      const slug = tagSlug(label);
      const tag = tags.get(slug) ?? { slug, label, entries: [] };
      // Two spellings of one tag on an entry come one after the other: the entry is the last one added, if at all.
      if (tag.entries.at(-1) !== entry) tag.entries.push(entry);
      tags.set(slug, tag);
    }
  }
  return [...tags.values()];
}
