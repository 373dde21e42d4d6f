import { foldDiacritics } from './foldDiacritics';

/**
 * Turns Vietnamese text into an ASCII URL segment: "Đồng Xá" → "dong-xa". Folded as residents type it, then every
 * run of what is not a letter or digit becomes one hyphen. Used for entry slugs, heading anchors and the CMS, so every
 * URL is spelled the same way.
 */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
