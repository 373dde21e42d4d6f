// The process that writes a build's preview pictures into the built site, started by src/integrations/previewImages.ts.
// Each picture comes from the cache, drawn into it first when no earlier build drew the same words. It tells the
// build each picture as it is written, and stops when the build goes away.
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { drawToFile } from './previewFile.ts';
import type { Preview } from './previewImage.ts';

/** A picture to write: what it says, its cache file, and where it goes in the built site. */
export interface Job {
  preview: Preview;
  file: string;
  to: string;
}

/** One picture written (`drawn` when it was not in the cache yet), or why it could not be. */
export interface Report {
  to: string;
  drawn?: boolean;
  error?: string;
}

const report = (message: Report) => process.send!(message);

process.once('disconnect', () => process.exit());
process.once('message', async (jobs: Job[]) => {
  for (const { preview, file, to } of jobs) {
    try {
      const drawn = await drawToFile(file, preview);
      await mkdir(dirname(to), { recursive: true });
      await copyFile(file, to);
      report({ to, drawn });
    } catch (error) {
      report({ to, error: error instanceof Error ? error.message : String(error) });
    }
  }
  // Not disconnecting here: reports still queued in this process would be lost. The build lets go once it has
  // read the last one.
});
