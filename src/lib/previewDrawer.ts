// The process that draws a build's preview pictures into their cache files, started by
// src/integrations/previewImages.ts. It tells the build each picture as it is done, and stops when the build goes away.
import { drawToFile } from './previewFile.ts';
import type { Preview } from './previewImage.ts';

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
