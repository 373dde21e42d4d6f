// The process that draws a build's preview pictures into their cache files, started by
// src/integrations/previewImages.ts. It tells the build each picture as it is done, and stops when the build goes away.
import sharp from 'sharp';
import { drawToFile } from './previewFile.ts';
import type { Preview } from './previewImage.ts';

// libvips keeps the results of its recent operations in case they are asked for again; this process never asks
// twice for the same title. Without that cache a picture costs about two thirds of the processor time (600 pictures
// drawn into files, three runs each: 6.2–6.6 ms against 8.9–10.2 ms with it).
sharp.cache(false);

/** A picture to draw, and the cache file it goes to. */
export interface Job {
  file: string;
  preview: Preview;
}

/** One picture done, or why it could not be drawn. */
export interface Report {
  file: string;
  error?: string;
}

const report = (message: Report) => process.send!(message);

process.once('disconnect', () => process.exit());
process.once('message', async (jobs: Job[]) => {
  for (const { file, preview } of jobs) {
    try {
      await drawToFile(file, preview);
      report({ file });
    } catch (error) {
      report({ file, error: error instanceof Error ? error.message : String(error) });
    }
  }
  // Not disconnecting here: reports still queued in this process would be lost. The build lets go once it has
  // read the last one.
});
