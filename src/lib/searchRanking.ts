import { foldDiacritics } from './foldDiacritics';

/**
 * `results` with those whose text holds the whole query as a phrase first (compared without marks, so "khen thuong"
 * finds "khen thưởng" and "dang bo" finds "Đảng bộ"), each group keeping its order. Pagefind matches every word
 * anywhere in a page and does not score nearness, so a page that merely has both syllables can rank first.
 */
export function phraseFirst<T>(results: readonly T[], query: string, text: (result: T) => string): T[] {
  const phrase = foldDiacritics(query.replace(/["“”]/g, ''));
  if (!phrase.includes(' ')) return [...results];
  const has = (r: T) => foldDiacritics(text(r)).includes(phrase);
  return [...results.filter(has), ...results.filter((r) => !has(r))];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * An excerpt as safe HTML with every word that starts like a query word marked, whatever the marks on either side
 * ("giai phong" marks "giải phóng", "dang" marks "Đảng"). Takes Pagefind's excerpt (escaped HTML with its own <mark>s).
 */
export function highlight(excerpt: string, query: string): string {
  const plain = excerpt.replace(/<\/?mark>/g, '').replace(/&(amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e]!);
  const terms = foldDiacritics(query.replace(/["“”]/g, '')).split(' ').filter(Boolean);
  return plain
    .split(/([\p{L}\p{M}\d]+)/u)
    .map((part, i) => {
      const isWord = i % 2 === 1;
      const folded = foldDiacritics(part);
      return isWord && terms.some((term) => folded.startsWith(term)) ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part);
    })
    .join('');
}
