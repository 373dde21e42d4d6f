import { fork } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Job, Report } from '../lib/previewDrawer';
import { offerPreviewWriter, type PreviewJob } from '../lib/previewWriter';

/** The drawing process's code; Node runs it as it is. */
const DRAWER = fileURLToPath(new URL('../lib/previewDrawer.ts', import.meta.url));

/**
 * Writes a build's preview pictures (src/pages/xem-truoc/) into the built site from a process of its own, on the
 * other core while the pages render, instead of Astro rendering one route per picture. The routes only passed the
 * drawing process's files along: at 10,000 entries that took 12 s of the build's busy core even with every picture
 * in the cache (measured). The dev server still draws each picture at its route, when asked.
 */
export function previewImages(): AstroIntegration {
  let outDir = '';
  let writing: Promise<{ written: number; drawn: number }> | undefined;
  return {
    name: 'preview-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        // The route asks once, when Astro lists the build's paths; the pictures are written from then on.
        offerPreviewWriter((jobs) => {
          writing ??= write(jobs.map(({ preview, file, path }) => ({ preview, file, to: join(outDir, path) })));
        });
      },
      'astro:build:done': async ({ logger }) => {
        offerPreviewWriter(undefined);
        if (!writing) return;
        const started = performance.now();
        const { written, drawn } = await writing;
        logger.info(`wrote ${written} preview images (${drawn} drawn, the others from the cache); waited ${Math.round(performance.now() - started)} ms for them`);
      },
    },
  };
}

/** Writes every picture of `jobs`, in the drawing process; fails with the first picture that could not be written. */
function write(jobs: Job[]): Promise<{ written: number; drawn: number }> {
  const result = new Promise<{ written: number; drawn: number }>((resolve, reject) => {
    if (jobs.length === 0) return resolve({ written: 0, drawn: 0 });
    let left = jobs.length;
    let drawn = 0;
    // No execArgv: the build's own flags (--inspect, a heap size) are not the drawer's.
    const drawer = fork(DRAWER, { serialization: 'advanced', execArgv: [] });
    const fail = (error: Error) => {
      left = 0;
      reject(error);
      drawer.kill();
    };
    drawer.on('message', (report: Report) => {
      if (report.error) return fail(new Error(`Preview image ${report.to}: ${report.error}`));
      if (report.drawn) drawn++;
      if (--left === 0) {
        resolve({ written: jobs.length, drawn });
        drawer.disconnect();
      }
    });
    drawer.on('error', (error) => fail(new Error(`The preview drawer (${DRAWER}) failed: ${error.message}`)));
    // 'disconnect', not 'exit': it comes after the build has read every report the drawer sent.
    drawer.on('disconnect', () => {
      if (left > 0) fail(new Error(`The preview drawer (${DRAWER}) stopped (${drawer.signalCode ?? drawer.exitCode}) with ${left} pictures left; an error it printed is above.`));
    });
    drawer.send(jobs);
  });
  // Awaited at the end of the build, which then fails with it; not before, as a rejection nobody waits for.
  result.catch(() => {});
  return result;
}
