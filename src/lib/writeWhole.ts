// Node runs this file directly in the drawing process (src/lib/previewDrawer.ts), with no bundler.
import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes `data` to `file` under another name and renames it: a process stopped halfway never leaves half a file, and
 * one reading at the same time (a build and a test unpacking the same font) sees the whole file or none.
 */
export function writeWhole(file: string, data: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${randomUUID()}.partial`;
  writeFileSync(partial, data);
  renameSync(partial, file);
}
