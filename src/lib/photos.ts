import { t } from '../i18n/t';
import { slugify } from './slugify';

/** The image formats the site can show, those Astro's image service reads (VALID_INPUT_FORMATS): not a phone's HEIC. */
const PHOTO_FORMATS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'apng', 'tiff', 'svg'] as const;

/** JPEG under the other names Windows and old cameras give it: the same file, which the site reads as `.jpg`. */
const JPEG_ALIASES = new Set(['jfif', 'jfi', 'jpe', 'pjpeg']);

/** The extension of a file name, lower case, or '' when it has none. */
const extensionOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/** The extension of the file an address names, its query and fragment aside. */
export const extensionOfAddress = (address: string) => extensionOf(address.split(/[?#]/)[0]!);

/** Whether the site can show the image an address in a text names (by its extension, as Astro decides). */
export const isPhotoAddress = (address: string) => (PHOTO_FORMATS as readonly string[]).includes(extensionOfAddress(address));

/**
 * The format of the image an address names when the site cannot show it ("heic", or "không rõ" for a name without
 * one), for the messages of the build and the CMS; undefined when it can.
 */
export const unreadablePhotoFormat = (address: string): string | undefined =>
  isPhotoAddress(address) ? undefined : extensionOfAddress(address) || t('error.unknownFormat');

/**
 * The extension a photo is saved under: ".jpg" for a JPEG under another name, which the site would not read as one;
 * any other as it is (a cover saved as "image.JPG" and saved again as "image.jpg" was deleted on a disk that takes the
 * two for one name).
 */
export const savedExtension = (extension: string) => (JPEG_ALIASES.has(extension.toLowerCase()) ? 'jpg' : extension);

/**
 * The file name a photo put in a text is saved under: its own name in plain letters, then when it was added, so no
 * two are alike. Photos pasted from the clipboard are all called "image.png", and Keystatic keeps one file per name
 * in an entry's folder: a second pasted photo silently replaced the first, in both places of the text.
 */
export function photoFileName(original: string, addedAt = Date.now()): string {
  const extension = extensionOf(original);
  const name = extension ? original.slice(0, -(extension.length + 1)) : original;
  const saved = savedExtension(extension);
  return `${slugify(name) || 'anh'}-${addedAt.toString(36)}${saved ? `.${saved}` : ''}`;
}
