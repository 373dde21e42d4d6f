import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Job, Report } from '../lib/previewDrawer';
import { offerPreviewWriter, type PreviewJob } from '../lib/previewWriter';

/** The drawing process's code; Node runs it as it is. */
const DRAWER = fileURLToPath(new URL('../lib/previewDrawer.ts', import.meta.url));

/**
 * Writes a build's preview pictures (src/pages/xem-truoc/) into the built site, instead of Astro rendering one route
 * per picture: those routes only passed files along, and at 10,000 entries took 12 s of the build's busy core even
 * with every picture in the cache (measured). The pictures missing from the cache are drawn in a process of its own,
 * on the other core, from the moment the route lists them; the end of the build links them all from the cache into
 * the folder Astro built (`dist/`, or `dist-admin/client/` for the admin). The dev server still draws each picture at
 * its route, when asked.
 */
export function previewImages(): AstroIntegration {
  let jobs: readonly PreviewJob[] = [];
  let drawing: Promise<number> | undefined;
  return {
    name: 'preview-images',
    hooks: {
      'astro:build:start': () => {
        jobs = [];
        drawing = undefined;
        // The route hands the pictures over once, when Astro asks it for its paths (Astro keeps the answer).
        offerPreviewWriter((pictures) => {
          if (drawing) throw new Error('Preview images: the route handed its pictures over twice in one build.');
          jobs = pictures;
          drawing = draw(pictures);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        offerPreviewWriter(undefined);
        if (!drawing) return;
        const started = performance.now();
        const drawn = await drawing;
        const site = fileURLToPath(dir);
        const to = (path: string) => join(site, path);
        for (const folder of new Set(jobs.map(({ path }) => dirname(to(path))))) await mkdir(folder, { recursive: true });
        await Promise.all(jobs.map(({ file, path }) => place(file, to(path))));
        logger.info(`wrote ${jobs.length} preview images (${drawn} drawn, the others from the cache) in ${Math.round(performance.now() - started)} ms after the pages`);
      },
    },
  };
}

/**
 * Puts the cache file `file` at `to` as a hard link, not a copy: 10,000 pictures took 0.13–0.15 s, against 1.3–3.5 s
 * copied (measured), at the very end of the build; a copy where no link can be made (another file system). A file
 * already at `to` is replaced, never written through: it may be a link to another picture in the cache.
 */
async function place(file: string, to: string): Promise<void> {
  try {
    await link(file, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      await unlink(to);
      return place(file, to);
    }
    if (code === 'EXDEV' || code === 'EPERM' || code === 'ENOTSUP') return copyFile(file, to);
    throw error;
  }
}

/**
 * Draws the `pictures` missing from the cache, in the drawing process; resolves with how many it drew, or fails with
 * the first picture it could not draw, or when the process stops before drawing them all.
 */
function draw(pictures: readonly PreviewJob[]): Promise<number> {
  // By cache file: two pictures with the same words are one file. A rebuild with nothing new starts no process at all.
  const missing = new Map(pictures.filter(({ file }) => !existsSync(file)).map((picture) => [picture.file, picture]));
  const result = new Promise<number>((resolve, reject) => {
    if (missing.size === 0) return resolve(0);
    let left = missing.size;
    // No execArgv: the build's own flags (--inspect, a heap size) are not the drawer's.
    const drawer = fork(DRAWER, { serialization: 'advanced', execArgv: [] });
    const fail = (error: Error) => {
      left = 0;
      reject(error);
      drawer.kill();
    };
    drawer.on('message', (report: Report) => {
      if (report.error) return fail(new Error(`Preview image ${missing.get(report.file)?.path} (${report.file}): ${report.error}`));
      if (--left === 0) {
        resolve(missing.size);
        drawer.disconnect();
      }
    });
    drawer.on('error', (error) => fail(new Error(`The preview drawer (${DRAWER}) failed: ${error.message}`)));
    // 'disconnect', not 'exit': it comes after the build has read every report the drawer sent.
    drawer.on('disconnect', () => {
      // Often before the process has exited, when neither its code nor its signal is known yet.
      const how = drawer.signalCode ?? drawer.exitCode;
      if (left > 0) fail(new Error(`The preview drawer (${DRAWER}) stopped${how === null ? '' : ` (${how})`} with ${left} pictures left; an error it printed is above.`));
    });
    drawer.send([...missing.values()].map(({ preview, file }): Job => ({ preview, file })));
  });
  // Awaited at the end of the build, which then fails with it; not before, as a rejection nobody waits for.
  result.catch(() => {});
  return result;
}
