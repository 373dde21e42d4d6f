// Drawing a preview costs about 6 ms of processor time: at 10,000 entries, a minute of every build, for pictures
// that almost never change. A picture depends only on its words and on what draws it, so builds keep them in Astro's own
// cache folder (node_modules/.astro, which Astro also uses for its optimised images and which a host keeps between
// builds) under a hash of all of these, and draw only the new or changed ones.
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Job, Report } from './previewDrawer';
import { drawToFile } from './previewFile';
import type { Preview } from './previewImage';
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

/** The drawing process's code; Node runs it as it is, from the project being built (as PREVIEW_CACHE). */
const DRAWER = join(process.cwd(), 'src/lib/previewDrawer.ts');

/**
 * Starts drawing the pictures of `previews` that are not in the cache, in a process of its own. Astro learns every
 * path before it renders the first page and renders the pictures' routes last (src/lib/urls.ts), so the pictures are
 * drawn on the second core while the pages render on the first, and their routes find them done. In the build's own
 * process each step of a picture waited for the event loop behind the pages. Measured at 10,000 entries, two runs
 * each: the routes took 95 and 113 s there, 79 and 68 s with the pictures drawn in their own process.
 */
export function drawAhead(previews: readonly Preview[]): void {
  // A build started from another folder (`astro build --root`) has no drawer at hand: its routes draw their own.
  if (!existsSync(DRAWER)) return;
  const jobs: Job[] = [];
  const waiting = new Map<string, { resolve: () => void; reject: (error: Error) => void }>();
  for (const preview of previews) {
    const file = cacheFile(preview);
    // Kept from an earlier build: a rebuild with no new pictures starts no drawer at all.
    if (ahead.has(file) || existsSync(file)) continue;
    const done = new Promise<void>((resolve, reject) => waiting.set(file, { resolve, reject }));
    // A picture that fails stops the build when its route asks for it, with that route's name; not before, as a
    // rejection nobody waits for.
    done.catch(() => {});
    ahead.set(file, done);
    jobs.push({ file, preview });
  }
  if (jobs.length === 0) return;
  // No execArgv: the build's own flags (--inspect, a heap size) are not the drawer's.
  const drawer = fork(DRAWER, { serialization: 'advanced', execArgv: [] });
  drawer.on('message', ({ file, error }: Report) => {
    const picture = waiting.get(file);
    waiting.delete(file);
    if (error) picture?.reject(new Error(`Preview image ${file}: ${error}`));
    else picture?.resolve();
    if (waiting.size === 0) drawer.disconnect();
  });
  const stopped = (why: string) => {
    for (const [file, picture] of waiting) picture.reject(new Error(`The preview drawer (${DRAWER}) ${why} before drawing ${file}; an error it printed is above.`));
    waiting.clear();
  };
  drawer.on('error', (error) => {
    stopped(`failed (${error.message})`);
    // It may still be waiting for its pictures, which would keep the build's process alive.
    drawer.kill();
  });
  // 'disconnect', not 'exit': it comes after the build has read every report the drawer sent, whichever side let go
  // ('exit' can come first; 'close' does not come at all when the build lets go).
  drawer.on('disconnect', () => {
    const how = drawer.signalCode ?? drawer.exitCode;
    stopped(how === null ? 'stopped' : `stopped (${how})`);
  });
  drawer.send(jobs);
}

/** The PNG preview of `preview`, from the cache when the same words were drawn by the same code before. */
export async function cachedPreviewImage(preview: Preview): Promise<Buffer> {
  const file = cacheFile(preview);
  await (ahead.get(file) ?? drawToFile(file, preview));
  return readFile(file);
}

/** The cache file of a picture: named by its words and everything that draws it. */
export function cacheFile(preview: Preview): string {
  return join(PREVIEW_CACHE, `${digest([preview, DRAWN_BY])}.png`);
}
