import { slugify } from './slugify';

/** The photo formats the site can resize for phones (Astro's image service reads them; a phone's HEIC it cannot). */
export const PHOTO_FORMATS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'] as const;

/** JPEG under the other names Windows and old cameras give it: the same file, which the site reads as `.jpg`. */
const JPEG_ALIASES = new Set(['jfif', 'jfi', 'jpe', 'pjpeg']);

/** The extension of a file name or address, lower case, or '' when it has none. */
export const extensionOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name.split(/[?#]/)[0]!)?.[1]?.toLowerCase() ?? '';

/** Whether the site can show a photo with this file name (by its extension, as Astro decides). */
export const isPhotoFile = (name: string) => (PHOTO_FORMATS as readonly string[]).includes(extensionOf(name));

/**
 * The file name a photo put in a text is saved under: its own name in plain letters, then when it was added, so no
 * two are alike. Photos pasted from the clipboard are all called "image.png", and Keystatic keeps one file per name
 * in an entry's folder: a second pasted photo silently replaced the first, in both places of the text.
 */
export function photoFileName(original: string, addedAt = Date.now()): string {
  const extension = extensionOf(original);
  const name = extension ? original.slice(0, -(extension.length + 1)) : original;
  const saved = JPEG_ALIASES.has(extension) ? 'jpg' : extension;
  return `${slugify(name) || 'anh'}-${addedAt.toString(36)}${saved ? `.${saved}` : ''}`;
}
