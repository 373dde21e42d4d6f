// Drawing a preview costs about 6 ms of processor time: at 10,000 entries, a minute of every build, for pictures
// that almost never change. A picture depends only on its words and on what draws it, so builds keep them in Astro's own
// cache folder (ASTRO_CACHE) under a hash of all of these, and draw only the new or changed ones.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { drawToFile } from './previewFile';
import { ASTRO_CACHE } from './astroCache';
import { FONT_WEIGHTS, fontDigest } from './fontFiles';
import type { Preview } from './previewImage';
import colours from './colours.ts?raw';
import escaping from './escapeMarkup.ts?raw';
import writing from './palettePng.ts?raw';
import drawing from './previewImage.ts?raw';
import size from './previewSize.ts?raw';

/** Where the pictures are kept. */
const PREVIEW_CACHE = join(ASTRO_CACHE, 'previews');

/**
 * Everything besides the words that a picture depends on, as one digest: a change to any of them redraws every
 * picture. Digested once, not with each picture's words: it holds the whole source of the drawing code.
 */
const DRAWN_BY = digest([
  drawing,
  colours,
  escaping,
  writing,
  size,
  sharp.versions,
  FONT_WEIGHTS.map(fontDigest),
]);

/** A SHA-256 of `value` as JSON, in hex. */
function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** The PNG preview of `preview`, from the cache when the same words were drawn by the same code before. */
export async function cachedPreviewImage(preview: Preview): Promise<Buffer> {
  const file = cacheFile(preview);
  await drawToFile(file, preview);
  return readFile(file);
}

/** The cache file of a picture: named by its words and everything that draws it. */
export function cacheFile(preview: Preview): string {
  return join(PREVIEW_CACHE, `${digest([preview, DRAWN_BY])}.png`);
}
