// Drawing a preview costs about 6 ms of processor time: at 10,000 entries, a minute of every build, for pictures
// that almost never change. A picture depends only on its words and on what draws it, so builds keep them in Astro's own
// cache folder (node_modules/.astro, which Astro also uses for its optimised images and which a host keeps between
// builds) under a hash of all of these, and draw only the new or changed ones.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp from 'sharp';
import { type Preview, previewImage } from './previewImage';
import writing from './palettePng.ts?raw';
import drawing from './previewImage.ts?raw';
import size from './previewSize.ts?raw';

/** Where the pictures are kept: inside Astro's cache folder, under the project being built. */
export const PREVIEW_CACHE = join(process.cwd(), 'node_modules/.astro/previews');

/**
 * Everything besides the words that a picture depends on, as one digest: a change to any of them redraws every
 * picture. Digested once, not with each picture's words: it holds the whole source of the drawing code.
 */
const DRAWN_BY = digest([
  drawing,
  writing,
  size,
  sharp.versions,
  (createRequire(import.meta.url)('@fontsource/be-vietnam-pro/package.json') as { version: string }).version,
]);

/** A SHA-256 of `value` as JSON, in hex. */
function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** Pictures being drawn ahead of their route, by cache file. */
const ahead = new Map<string, Promise<void>>();
/**
 * Pictures drawn at once ahead of their route. Each step of a picture waits for the event loop, behind the pages
 * being rendered: with two at a time a picture took 12 ms and the build gained nothing (measured at 1,000 entries).
 */
const LANES = 8;

/**
 * Starts drawing, in order and a few at a time, the pictures of `previews` that are not in the cache. Astro learns
 * every path before it renders the first page and renders the pictures' routes last (src/lib/urls.ts), so they are
 * drawn while the pages render, and their routes find them done (measured at 1,000 entries: the routes took 10.0 s,
 * against 12.3 s when each picture was drawn as its route asked for it).
 */
export function drawAhead(previews: readonly Preview[]): void {
  const lanes = Array.from({ length: LANES }, () => Promise.resolve());
  previews.forEach((preview, i) => {
    const file = fileOf(preview);
    if (ahead.has(file)) return;
    const done = lanes[i % LANES]!.then(() => draw(file, preview));
    lanes[i % LANES] = done;
    ahead.set(file, done);
    // A picture that fails stops the build when its route asks for it, with that route's name; not before, as a
    // rejection nobody waits for.
    done.catch(() => {});
  });
}

/** The PNG preview of `preview`, from the cache when the same words were drawn by the same code before. */
export async function cachedPreviewImage(preview: Preview): Promise<Buffer> {
  const file = fileOf(preview);
  await (ahead.get(file) ?? draw(file, preview));
  return readFile(file);
}

/** The cache file of a picture: named by its words and everything that draws it. */
function fileOf(preview: Preview): string {
  return join(PREVIEW_CACHE, `${digest([preview, DRAWN_BY])}.png`);
}

/** Draws the picture into its cache file, unless an earlier build did. */
async function draw(file: string, preview: Preview): Promise<void> {
  // Synchronous file calls: each is a fraction of a millisecond, where waiting for the event loop again, behind the
  // pages being rendered, costs more.
  if (existsSync(file)) return;
  const png = await previewImage(preview);
  mkdirSync(PREVIEW_CACHE, { recursive: true });
  // Written aside and renamed, so a build stopped halfway never leaves half a picture to be served by the next one.
  const partial = `${file}.${randomUUID()}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, file);
}
