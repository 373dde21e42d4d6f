// The 1200×630 pictures Zalo and Facebook show beside a shared link: the section, the title and the commune's name
// in Be Vietnam Pro. libvips (through sharp) lays the text out with Pango and HarfBuzz, which place every Vietnamese
// diacritic and wrap long titles; the parts every picture of a section shares are drawn once per build.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
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
const frames = new Map<string, Promise<Frame>>();

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
  const { stripe, band } = await frame;
  const [kicker, heading] = await Promise.all([
    placed(await set(section, `${FAMILY} Bold`, 34, COLORS.accent), TITLE_TOP - STRIPE, 36),
    placed(await fitted(title), TITLE_HEIGHT, 0),
  ]);
  // Stacking rows of pixels is cheaper than compositing text onto the whole picture (measured: 20 against 28 ms).
  return sharp(Buffer.concat([stripe, kicker, heading, band]), { raw: { ...PREVIEW_SIZE, channels: 3 } })
    // Flat colours compress well even at a low level, which is several times faster than the default.
    .png({ compressionLevel: 3, adaptiveFiltering: false })
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

/** The rows every preview shares, as raw RGB: the stripe at the top and the committee's band at the bottom. */
interface Frame {
  stripe: Buffer;
  band: Buffer;
}

async function drawFrame(committee: string, tagline: string): Promise<Frame> {
  const { width, height } = PREVIEW_SIZE;
  const shapes = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="${width}" height="${height}" fill="${COLORS.paper}"/>
    <rect width="${width}" height="${STRIPE}" fill="${COLORS.accent}"/>
    <rect y="${BAND_TOP}" width="${width}" height="${height - BAND_TOP}" fill="${COLORS.brand}"/>
    <rect y="${BAND_TOP}" width="${width}" height="8" fill="${COLORS.accent}"/>
  </svg>`;
  const layer = async (words: string, font: string, size: number) => {
    const { data, info } = await text(words, font, size, '#ffffff').raw().toBuffer({ resolveWithObject: true });
    return { input: data, raw: { width: info.width, height: info.height, channels: 4 as const } };
  };
  const [name, campaign] = await Promise.all([layer(committee, `${FAMILY} Bold`, 36), layer(tagline, FAMILY, 26)]);
  const frame = await sharp(Buffer.from(shapes))
    .composite([
      { ...name, left: MARGIN, top: BAND_TOP + 30 },
      { ...campaign, left: MARGIN, top: BAND_TOP + 82 },
    ])
    .removeAlpha()
    .raw()
    .toBuffer();
  const row = width * 3;
  return { stripe: frame.subarray(0, STRIPE * row), band: frame.subarray(BAND_TOP * row) };
}

/** The title at the largest size that fits its room; sharp's own fitting only for the rare longer one. */
async function fitted(title: string): Promise<Drawn> {
  let drawn: Drawn | undefined;
  for (const size of TITLE_SIZES) {
    drawn = await set(title, `${FAMILY} Bold`, size, COLORS.brandDark);
    if (drawn.info.height <= TITLE_HEIGHT) return drawn;
  }
  // Exact, but it costs as much as ten plain renders.
  return set(title, `${FAMILY} Bold`, TITLE_SIZES.at(-1)!, COLORS.brandDark, TITLE_HEIGHT);
}

/** Text set on the paper colour, as raw RGB pixels. */
interface Drawn {
  data: Buffer;
  info: { width: number; height: number; channels: 3 };
}

/** `words` set on the paper colour, wrapped at the text width; with `fit`, shrunk to that height. */
async function set(words: string, font: string, size: number, color: string, fit?: number): Promise<Drawn> {
  const { data, info } = await text(words, font, size, color, fit)
    .flatten({ background: COLORS.paper })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, info: { width: info.width, height: info.height, channels: 3 } };
}

/** Full-width rows, `rows` tall, with the text `top` rows down at the left margin. */
function placed({ data, info }: Drawn, rows: number, top: number): Promise<Buffer> {
  return sharp(data, { raw: info })
    .extend({ left: MARGIN, right: PREVIEW_SIZE.width - MARGIN - info.width, top, bottom: rows - top - info.height, background: COLORS.paper })
    .raw()
    .toBuffer();
}

/** One block of text on a transparent layer, wrapped at the text width; with `fit`, shrunk to that height. */
function text(words: string, font: string, size: number, color: string, fit?: number) {
  // Pango reads markup: the words are escaped so "&" or "<" in a title stays text.
  const escaped = words.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return sharp({
    text: {
      text: `<span foreground="${color}">${escaped}</span>`,
      font: `${font} ${size}`,
      width: TEXT_WIDTH,
      wrap: 'word',
      rgba: true,
      spacing: Math.round(size / 5),
      // At 72 dpi a point is a pixel; with a height, sharp picks the resolution that fits instead.
      ...(fit ? { height: fit } : { dpi: 72 }),
    },
  });
}
