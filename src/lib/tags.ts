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
      const slug = slugify(label);
      if (!slug) continue;
      const tag = tags.get(slug) ?? { slug, label, entries: [] };
      if (!tag.entries.includes(entry)) tag.entries.push(entry);
      tags.set(slug, tag);
    }
  }
  return [...tags.values()].sort((a, b) => b.entries.length - a.entries.length || a.slug.localeCompare(b.slug));
}
