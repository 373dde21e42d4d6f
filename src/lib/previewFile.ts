// Writing a preview into its cache file, shared by the build's drawing process (src/lib/previewDrawer.ts) and the
// route, which draws a picture when it is asked for (the dev server). Node runs this file directly in the drawing
// process, so it and what it imports name their files with `.ts`.
import { existsSync } from 'node:fs';
import { type Preview, previewImage } from './previewImage.ts';
import { writeWhole } from './writeWhole.ts';

/** Draws `preview` into `file`, unless an earlier build did. */
export async function drawToFile(file: string, preview: Preview): Promise<void> {
  if (existsSync(file)) return;
  // Whole or not at all: a build stopped halfway must not leave half a picture for the next one to serve.
  writeWhole(file, await previewImage(preview));
}
