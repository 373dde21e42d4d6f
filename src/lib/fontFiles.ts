// Node runs this file directly in the drawing process (src/lib/previewDrawer.ts) and the font script, with no bundler.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The weights the site's text is set in: regular, and bold for headings and labels. */
export const FONT_WEIGHTS = [400, 700] as const;

/**
 * Be Vietnam Pro of `weight`, as pages, the feeds' page and the share pictures use it: one WOFF2 file with the Latin
 * and Vietnamese letters, made by scripts/fonts.mjs (which says why one file). Relative to the project's folder.
 */
export const fontFile = (weight: (typeof FONT_WEIGHTS)[number]) => `src/assets/fonts/be-vietnam-pro-${weight}.woff2`;

/** A SHA-256 of the font file of `weight`, in hex: a new font redraws the share pictures, which it is unpacked for. */
export const fontDigest = (weight: (typeof FONT_WEIGHTS)[number]) =>
  createHash('sha256').update(readFileSync(join(process.cwd(), fontFile(weight)))).digest('hex');
