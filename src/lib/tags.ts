import { slugify } from './slugify';

export interface Tag<T> {
  /** URL segment: "Đảng bộ" → "dang-bo". */
  slug: string;
  /** The first spelling editors used. */
  label: string;
  entries: T[];
}

/** Every tag used by `entries`, spellings that slug alike counted as one ("Đảng bộ", "đảng bộ"), most used first. */
export function tagIndex<T extends { data: { tags: string[] } }>(entries: readonly T[]): Tag<T>[] {
  const tags = new Map<string, Tag<T>>();
  for (const entry of entries) {
    for (const label of entry.data.tags) {
      // Never empty: the schema refuses a keyword without a letter or digit (content.config.ts, keyword).
      const slug = slugify(label);
      const tag = tags.get(slug) ?? { slug, label, entries: [] };
      // Two spellings of one tag on an entry come one after the other: the entry is the last one added, if at all.
      if (tag.entries.at(-1) !== entry) tag.entries.push(entry);
      tags.set(slug, tag);
    }
  }
  // Slugs are ASCII: compared as they are, not by the language's rules.
  return [...tags.values()].sort((a, b) => b.entries.length - a.entries.length || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
