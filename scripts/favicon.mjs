// public/favicon.ico, drawn from public/favicon.svg. Pages link the SVG, but what links no icon asks for
// /favicon.ico: feed readers, link previews, old browsers, and Keystatic's page in the dev server, where that request
// went through the site's middleware and, with content the middleware refuses, covered the CMS with an error overlay
// the editor could not close. Run after changing the SVG: node scripts/favicon.mjs (a test compares the two).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const SIZES = [16, 32, 48];

/** An ICO file holding the SVG at 16, 32 and 48 px, each as a PNG (which every browser since Windows Vista reads). */
export async function faviconIco(svgFile) {
  const pngs = await Promise.all(SIZES.map((size) => sharp(svgFile, { density: 384 }).resize(size, size).png({ palette: true }).toBuffer()));
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2); // an icon
  header.writeUInt16LE(SIZES.length, 4);
  let offset = header.length + 16 * SIZES.length;
  const entries = SIZES.map((size, i) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size, 0);
    entry.writeUInt8(size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(pngs[i].length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += pngs[i].length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = (file) => fileURLToPath(new URL(`../public/${file}`, import.meta.url));
  writeFileSync(at('favicon.ico'), await faviconIco(at('favicon.svg')));
}
