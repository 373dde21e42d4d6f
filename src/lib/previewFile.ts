// Writing a preview into its cache file, shared by the build's drawing process (src/lib/previewDrawer.ts) and the
// route, which draws a picture when it is asked for (the dev server). Node runs this file directly in the drawing
// process, so it and what it imports name their files with `.ts`.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Preview, previewImage } from './previewImage.ts';

/** Draws `preview` into `file`, unless an earlier build did. */
export async function drawToFile(file: string, preview: Preview): Promise<void> {
  if (existsSync(file)) return;
  const png = await previewImage(preview);
  mkdirSync(dirname(file), { recursive: true });
  // Written aside and renamed, so a build stopped halfway never leaves half a picture to be served by the next one.
  const partial = `${file}.${randomUUID()}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, file);
}
