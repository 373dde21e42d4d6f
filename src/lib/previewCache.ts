// Drawing a preview costs about 6 ms of processor time: at 10,000 entries, a minute of every build, for pictures
// that almost never change. A picture depends only on its words and on what draws it, so builds keep them in Astro's own
// cache folder (node_modules/.astro, which Astro also uses for its optimised images and which a host keeps between
// builds) under a hash of all of these, and draw only the new or changed ones.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp from 'sharp';
import { type Preview, previewImage } from './previewImage';
import writing from './palettePng.ts?raw';
import drawing from './previewImage.ts?raw';
import size from './previewSize.ts?raw';

/** Where the pictures are kept: inside Astro's cache folder, under the project being built. */
export const PREVIEW_CACHE = join(process.cwd(), 'node_modules/.astro/previews');

/** Everything besides the words that a picture depends on: a change to any of them redraws every picture. */
const DRAWN_BY = JSON.stringify([
  drawing,
  writing,
  size,
  sharp.versions,
  (createRequire(import.meta.url)('@fontsource/be-vietnam-pro/package.json') as { version: string }).version,
]);

let made: Promise<unknown> | undefined;

/** The PNG preview of `preview`, from the cache when the same words were drawn by the same code before. */
export async function cachedPreviewImage(preview: Preview): Promise<Buffer> {
  const key = createHash('sha256')
    .update(JSON.stringify([preview, DRAWN_BY]))
    .digest('hex');
  const file = join(PREVIEW_CACHE, `${key}.png`);
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const png = await previewImage(preview);
  made ??= mkdir(PREVIEW_CACHE, { recursive: true });
  await made;
  // Written aside and renamed, so a build stopped halfway never leaves half a picture to be served by the next one.
  const partial = `${file}.${randomUUID()}.partial`;
  await writeFile(partial, png);
  await rename(partial, file);
  return png;
}
