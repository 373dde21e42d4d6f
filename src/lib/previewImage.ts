// The 1200×630 pictures Zalo and Facebook show beside a shared link: the section, the title and the commune's name
// in Be Vietnam Pro. libvips (through sharp) lays the text out with Pango and HarfBuzz, which place every Vietnamese
// diacritic and wrap long titles; the frame every picture shares is drawn once per build, and src/lib/previewCache.ts
// keeps the pictures between builds.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { decompress } from 'wawoff2';
// With `.ts`: Node runs this file as it is in the drawing process (src/lib/previewDrawer.ts), with no bundler.
import { ASTRO_CACHE } from './astroCache.ts';
import { colours, rgb } from './colours.ts';
import { escapeMarkup } from './escapeMarkup.ts';
import { FONT_WEIGHTS, fontDigest, fontFile } from './fontFiles.ts';
import { palettePng } from './palettePng.ts';
import { PREVIEW_SIZE } from './previewSize.ts';
import { writeWhole } from './writeWhole.ts';

/** What a preview says (a type, not an interface: the preview route hands it to Astro as a page's props). */
export type Preview = {
  /** The section ("Tin tức"), above the title. */
  section: string;
  title: string;
  /** The committee's name, in the band at the bottom. */
  committee: string;
  /** The campaign's name, under the committee's. */
  tagline: string;
};

const FAMILY = 'Be Vietnam Pro';
const MARGIN = 80;
const TEXT_WIDTH = PREVIEW_SIZE.width - 2 * MARGIN;
// From the top: a red stripe, the section's name, the title, and the band with the committee's name.
const STRIPE = 16;
const TITLE_TOP = 120;
const BAND_TOP = 490;
/**
 * Room for four lines of the title at its full size, with 20 px of paper left under the last: filled to the band, the
 * dots under its letters ("dụng", "tục") touched the red line. A longer title is set smaller to fit.
 */
const TITLE_HEIGHT = BAND_TOP - 20 - TITLE_TOP;
/** Title sizes tried in turn: four lines at 64 px hold most titles (about 120 letters), five at 48 px about 200. */
const TITLE_SIZES = [64, 48];
/**
 * The space Pango adds between a title's lines, for a letter size: four lines at 64 px are 344–348 px high, as the first
 * and last hold marks above or letters below the line, in a room of 350.
 */
const lineSpacing = (size: number) => Math.round(size / 8);

// The picture is drawn in palette indices, not in colours: flat grounds, and text whose letters Pango draws as a
// coverage mask, each text colour on one ground only. A mask's coverage becomes one of LEVELS steps between the
// two, so the whole picture needs under 256 colours. Measured: 5.8 ms of processor time and 34 KB a picture, against
// 14 ms and 66 KB in full colour.
type Rgb = readonly [number, number, number];
const PAPER = rgb(colours.paper);
const BRAND = rgb(colours.brand);
const BRAND_DARK = rgb(colours.brandDark);
const ACCENT = rgb(colours.accent);
const WHITE: Rgb = [0xff, 0xff, 0xff];
const LEVELS = 64;
/** The grounds, by palette index. */
const GROUNDS = [PAPER, ACCENT, BRAND];
const [ON_PAPER, ON_ACCENT, ON_BRAND] = [0, 1, 2];
/** Each text colour on its ground, with the palette index of every step of coverage (0 is the ground itself). */
const INKS = {
  title: ink(BRAND_DARK, ON_PAPER, 0),
  section: ink(ACCENT, ON_PAPER, 1),
  band: ink(WHITE, ON_BRAND, 2),
};
const PALETTE: Rgb[] = [...GROUNDS, ...Object.values(INKS).flatMap(({ colours }) => colours)];
const ROW = PREVIEW_SIZE.width + 1;

let fonts: Promise<void> | undefined;
/** The picture without its section and title, as palette rows, drawn once per committee name and tagline. */
const frames = new Map<string, Promise<Buffer>>();
/** Each section's name, drawn once: most pictures are "Tin tức" or "Gương điển hình". */
const sections = new Map<string, Promise<Mask>>();

/** The PNG preview of a page: its section, its title and the committee, on the site's colours. */
export async function previewImage({ section, title, committee, tagline }: Preview): Promise<Buffer> {
  fonts ??= loadFonts();
  await fonts;
  const key = JSON.stringify([committee, tagline]);
  let frame = frames.get(key);
  if (!frame) {
    frame = drawFrame(committee, tagline);
    frames.set(key, frame);
  }
  let sectionMask = sections.get(section);
  if (!sectionMask) {
    sectionMask = mask(section, 'Bold', 34);
    sections.set(section, sectionMask);
  }
  const [rows, sectionText, titleText] = await Promise.all([frame.then(copy), sectionMask, fitted(title)]);
  try {
    lay(rows, sectionText, INKS.section, MARGIN, STRIPE + 36);
    lay(rows, titleText, INKS.title, MARGIN, TITLE_TOP);
    return await palettePng(rows, PREVIEW_SIZE.width, PREVIEW_SIZE.height, PALETTE);
  } finally {
    spare.push(rows);
  }
}

/**
 * Pango reads TrueType, not the WOFF2 files browsers get: unpack the site's font files and name them to fontconfig.
 * They are unpacked once per content of the files into Astro's cache folder, and kept: fontconfig reads them for as
 * long as a process draws, and a folder of its own in /tmp, removed when the process exited, was left behind by every
 * process that was killed instead (a test worker, a failed build's drawer): 105 folders on this machine.
 */
async function loadFonts(): Promise<void> {
  for (const weight of FONT_WEIGHTS) {
    const ttf = join(ASTRO_CACHE, 'preview-fonts', `${fontDigest(weight).slice(0, 16)}.ttf`);
    if (!existsSync(ttf)) writeWhole(ttf, await decompress(await readFile(join(process.cwd(), fontFile(weight)))));
    // A first use of `fontfile` adds the file to fontconfig for the rest of the process.
    await sharp({ text: { text: 'x', font: FAMILY, fontfile: ttf } }).toBuffer();
  }
  // Pango silently falls back to any installed font; a preview in the wrong font must stop the build instead.
  const [ours, fallback] = await Promise.all(
    [`${FAMILY} Bold 40`, 'No Such Family Bold 40'].map((font) => sharp({ text: { text: 'Đảng bộ xã', font, rgba: true } }).raw().toBuffer()),
  );
  if (ours!.equals(fallback!)) throw new Error(`Preview images: the font ${FAMILY} could not be loaded from ${fontFile(700)}.`);
}

/** What every preview shares, as palette rows: the paper, the stripe at the top and the committee's band at the bottom. */
async function drawFrame(committee: string, tagline: string): Promise<Buffer> {
  const rows = Buffer.alloc(PREVIEW_SIZE.height * ROW, ON_PAPER);
  const band = (from: number, to: number, ground: number) => rows.fill(ground, from * ROW, to * ROW);
  band(0, STRIPE, ON_ACCENT);
  band(BAND_TOP, BAND_TOP + 8, ON_ACCENT);
  band(BAND_TOP + 8, PREVIEW_SIZE.height, ON_BRAND);
  // Each row starts with PNG's filter byte: 0, none.
  for (let y = 0; y < PREVIEW_SIZE.height; y++) rows[y * ROW] = 0;
  const [name, words] = await Promise.all([mask(committee, 'Bold', 36), mask(tagline, 'Regular', 26)]);
  lay(rows, name, INKS.band, MARGIN, BAND_TOP + 30);
  lay(rows, words, INKS.band, MARGIN, BAND_TOP + 82);
  return rows;
}

/**
 * Picture-sized buffers no longer drawn on. Taking a fresh one for every picture cost 1.25 ms of processor time, half
 * of it the system's, in page faults on its new memory; copying the frame into a used one, 0.02 ms (measured). One
 * is in use for each picture being drawn at the same moment: one in a build's drawing process, a few in the dev server.
 */
const spare: Buffer[] = [];

/** A copy of the frame to draw on, in a spare buffer when there is one; it goes back to `spare` once encoded. */
function copy(frame: Buffer): Buffer {
  const rows = spare.pop() ?? Buffer.allocUnsafe(frame.length);
  frame.copy(rows);
  return rows;
}

/** The title at the largest size that fits its room; sharp's own fitting only for the rare longer one. */
async function fitted(title: string): Promise<Mask> {
  for (const size of TITLE_SIZES) {
    const drawn = await mask(title, 'Bold', size);
    if (drawn.height <= TITLE_HEIGHT) return drawn;
  }
  // Exact, but it costs as much as ten plain renders.
  return mask(title, 'Bold', TITLE_SIZES.at(-1)!, TITLE_HEIGHT);
}

/** How much of each pixel the letters cover, 0 to 255, row by row. */
interface Mask {
  data: Buffer;
  width: number;
  height: number;
}

/** One block of text as a coverage mask, wrapped at the text width; with `fit`, shrunk to that height. */
async function mask(words: string, weight: 'Bold' | 'Regular', size: number, fit?: number): Promise<Mask> {
  // Pango reads markup: the words are escaped so "&" or "<" in a title stays text.
  const { data, info } = await sharp({
    text: {
      text: escapeMarkup(words),
      font: `${FAMILY} ${weight} ${size}`,
      width: TEXT_WIDTH,
      wrap: 'word',
      spacing: lineSpacing(size),
      // At 72 dpi a point is a pixel; with a height, sharp picks the resolution that fits instead.
      ...(fit ? { height: fit } : { dpi: 72 }),
    },
  })
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Sets `text` into the palette rows at (left, top) in `colour`, cut at the picture's edges. */
function lay(rows: Buffer, text: Mask, colour: Ink, left: number, top: number): void {
  const width = Math.min(text.width, PREVIEW_SIZE.width - left);
  const height = Math.min(text.height, PREVIEW_SIZE.height - top);
  for (let y = 0; y < height; y++) {
    const to = (top + y) * ROW + 1 + left;
    const from = y * text.width;
    for (let x = 0; x < width; x++) rows[to + x] = colour.index[text.data[from + x]!]!;
  }
}

/** A text colour on a ground: its palette entries, and the palette index for each coverage from 0 to 255. */
interface Ink {
  colours: Rgb[];
  index: Uint8Array;
}

/** The LEVELS − 1 blends of `colour` on the ground `ground`, taking palette places after those of the `place` inks before it. */
function ink(colour: Rgb, ground: number, place: number): Ink {
  const first = GROUNDS.length + place * (LEVELS - 1);
  const colours = Array.from({ length: LEVELS - 1 }, (_, step) => {
    const share = (step + 1) / (LEVELS - 1);
    return GROUNDS[ground]!.map((g, c) => Math.round(g + (colour[c]! - g) * share)) as unknown as Rgb;
  });
  const index = Uint8Array.from({ length: 256 }, (_, coverage) => {
    const step = Math.round((coverage * (LEVELS - 1)) / 255);
    return step === 0 ? ground : first + step - 1;
  });
  return { colours, index };
}
