// The 1200×630 pictures Zalo and Facebook show beside a shared link: the section, the title and the commune's name
// in Be Vietnam Pro. libvips (through sharp) lays the text out with Pango and HarfBuzz, which place every Vietnamese
// diacritic and wrap long titles; the frame every picture shares is drawn once per build, and src/lib/previewCache.ts
// keeps the pictures between builds.
import { rmSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp, { type SharpOptions } from 'sharp';
import { decompress } from 'wawoff2';
import { PREVIEW_SIZE } from './previewSize';

/** What a preview says. */
export interface Preview {
  /** The section ("Tin tức"), above the title. */
  section: string;
  title: string;
  /** The committee's name, in the band at the bottom. */
  committee: string;
  /** The campaign's name, under the committee's. */
  tagline: string;
}

const FAMILY = 'Be Vietnam Pro';
const COLORS = { paper: '#fbfaf7', brand: '#0b3a6a', brandDark: '#072646', accent: '#a3161a' };
const MARGIN = 80;
const TEXT_WIDTH = PREVIEW_SIZE.width - 2 * MARGIN;
// From the top: a red stripe, the section's name, the title, and the band with the committee's name.
const STRIPE = 16;
const TITLE_TOP = 128;
const BAND_TOP = 490;
/** Room for four lines of the title at its full size; a longer title is set smaller to fit. */
const TITLE_HEIGHT = BAND_TOP - TITLE_TOP;
/** Title sizes tried in turn: four lines at 64 px hold most titles (about 120 letters), five at 48 px about 200. */
const TITLE_SIZES = [64, 48];

let fonts: Promise<void> | undefined;
/** The picture without its section and title, as raw RGB, drawn once per committee name and tagline. */
const frames = new Map<string, Promise<Buffer>>();

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
  const heading = await fitted(title);
  // One libvips pipeline from the frame to the PNG: the text is set and laid on inside it, so no picture-sized
  // buffer passes through JavaScript (measured: 14 ms a picture, against 30 ms when the rows were stacked in
  // JavaScript, most of it garbage collection of those buffers).
  return sharp(await frame, { raw: { ...PREVIEW_SIZE, channels: 3 } })
    .composite([
      { input: { text: text(section, `${FAMILY} Bold`, 34, COLORS.accent) }, left: MARGIN, top: STRIPE + 36 },
      { input: { text: heading }, left: MARGIN, top: TITLE_TOP },
    ])
    .removeAlpha()
    // Flat colours compress well even at a low level, which is several times faster than the default.
    .png({ compressionLevel: 2, adaptiveFiltering: false })
    .toBuffer();
}

/**
 * Pango reads TrueType, not the WOFF2 files @fontsource ships for browsers: unpack the Latin and Vietnamese files
 * once into a temporary folder and name them to fontconfig. Pango takes a glyph missing from one file (ư, ạ, ễ…)
 * from the other file of the same family.
 */
async function loadFonts(): Promise<void> {
  const resolve = createRequire(import.meta.url).resolve;
  const dir = await mkdtemp(join(tmpdir(), 'ha-trung-fonts-'));
  // fontconfig reads the files for as long as the process draws; they go when it ends.
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  for (const file of ['latin-400', 'vietnamese-400', 'latin-700', 'vietnamese-700']) {
    const woff2 = await readFile(resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${file}-normal.woff2`));
    const ttf = join(dir, `${file}.ttf`);
    await writeFile(ttf, await decompress(woff2));
    // A first use of `fontfile` adds the file to fontconfig for the rest of the process.
    await sharp({ text: { text: 'x', font: FAMILY, fontfile: ttf } }).toBuffer();
  }
  // Pango silently falls back to any installed font; a preview in the wrong font must stop the build instead.
  const [ours, fallback] = await Promise.all(
    [`${FAMILY} Bold 40`, 'No Such Family Bold 40'].map((font) => sharp({ text: { text: 'Đảng bộ xã', font, rgba: true } }).raw().toBuffer()),
  );
  if (ours!.equals(fallback!)) throw new Error(`Preview images: the font ${FAMILY} could not be loaded from @fontsource/be-vietnam-pro.`);
}

/** What every preview shares, as raw RGB: the paper, the stripe at the top and the committee's band at the bottom. */
function drawFrame(committee: string, tagline: string): Promise<Buffer> {
  const { width, height } = PREVIEW_SIZE;
  const shapes = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="${width}" height="${height}" fill="${COLORS.paper}"/>
    <rect width="${width}" height="${STRIPE}" fill="${COLORS.accent}"/>
    <rect y="${BAND_TOP}" width="${width}" height="${height - BAND_TOP}" fill="${COLORS.brand}"/>
    <rect y="${BAND_TOP}" width="${width}" height="8" fill="${COLORS.accent}"/>
  </svg>`;
  return sharp(Buffer.from(shapes))
    .composite([
      { input: { text: text(committee, `${FAMILY} Bold`, 36, '#ffffff') }, left: MARGIN, top: BAND_TOP + 30 },
      { input: { text: text(tagline, FAMILY, 26, '#ffffff') }, left: MARGIN, top: BAND_TOP + 82 },
    ])
    .removeAlpha()
    .raw()
    .toBuffer();
}

/** The title at the largest size that fits its room; sharp's own fitting only for the rare longer one. */
async function fitted(title: string): Promise<TextOptions> {
  for (const size of TITLE_SIZES) {
    const options = text(title, `${FAMILY} Bold`, size, COLORS.brandDark);
    // Reading the size lays the text out without drawing it.
    const { height = Infinity } = await sharp({ text: options }).metadata();
    if (height <= TITLE_HEIGHT) return options;
  }
  // Exact, but it costs as much as ten plain renders.
  return text(title, `${FAMILY} Bold`, TITLE_SIZES.at(-1)!, COLORS.brandDark, TITLE_HEIGHT);
}

type TextOptions = NonNullable<SharpOptions['text']>;

/** One block of text for a transparent layer, wrapped at the text width; with `fit`, shrunk to that height. */
function text(words: string, font: string, size: number, color: string, fit?: number): TextOptions {
  // Pango reads markup: the words are escaped so "&" or "<" in a title stays text.
  const escaped = words.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return {
    text: `<span foreground="${color}">${escaped}</span>`,
    font: `${font} ${size}`,
    width: TEXT_WIDTH,
    wrap: 'word',
    rgba: true,
    spacing: Math.round(size / 5),
    // At 72 dpi a point is a pixel; with a height, sharp picks the resolution that fits instead.
    ...(fit ? { height: fit } : { dpi: 72 }),
  };
}
