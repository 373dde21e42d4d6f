// src/assets/fonts/be-vietnam-pro-{400,700}.woff2: Be Vietnam Pro, regular and bold, each one file holding the Latin
// and Vietnamese letters. As two files a weight (Latin, Vietnamese), as Google Fonts splits it, a browser decided for
// each file whether it came in time for a page (font-display: optional): on a middling phone network the small
// Vietnamese file often did and the Latin one did not, and "Đảng bộ" was drawn in two fonts within one word. Without
// the hinting instructions, which only Windows reads (not Android, iOS or macOS), the two files weigh 32 KB, where the
// four weighed 67 KB. Run after changing the characters or the font: npm run fonts (a test checks every letter).
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { FONT_WEIGHTS, fontFile } from '../src/lib/fontFiles.ts';

/**
 * Google Fonts' "latin" and "vietnamese" subsets, as their CSS gives them: basic Latin and Latin-1 (a, â, é, ô…),
 * general punctuation (“ ” – …), and the letters only Vietnamese writes (ă, đ, ơ, ư, ạ, ễ…) with its combining marks.
 */
const RANGES = [
  [0x0000, 0x00ff], [0x0102, 0x0103], [0x0110, 0x0111], [0x0128, 0x0129], [0x0131, 0x0131], [0x0152, 0x0153],
  [0x0168, 0x0169], [0x01a0, 0x01a1], [0x01af, 0x01b0], [0x02bb, 0x02bc], [0x02c6, 0x02c6], [0x02da, 0x02da],
  [0x02dc, 0x02dc], [0x0300, 0x0301], [0x0303, 0x0304], [0x0308, 0x0309], [0x0323, 0x0323], [0x0329, 0x0329],
  [0x1ea0, 0x1ef9], [0x2000, 0x206f], [0x20ab, 0x20ac], [0x2122, 0x2122], [0x2191, 0x2191], [0x2193, 0x2193],
  [0x2212, 0x2212], [0x2215, 0x2215], [0xfeff, 0xfeff], [0xfffd, 0xfffd],
];

/** Google Fonts' own files of Be Vietnam Pro, whole, by weight. */
const SOURCES = { 400: '400Regular/BeVietnamPro_400Regular.ttf', 700: '700Bold/BeVietnamPro_700Bold.ttf' };

const characters = RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const require = createRequire(import.meta.url);
  for (const weight of FONT_WEIGHTS) {
    const font = await subsetFont(readFileSync(require.resolve(`@expo-google-fonts/be-vietnam-pro/${SOURCES[weight]}`)), characters, {
      targetFormat: 'woff2',
      noHinting: true,
    });
    writeFileSync(fontFile(weight), font);
    console.log(`${fontFile(weight)}: ${(font.length / 1024).toFixed(1)} KB`);
  }
  // The font's licence (SIL Open Font License) travels with it; the subsetter leaves it out of the files' names.
  copyFileSync(require.resolve('@expo-google-fonts/be-vietnam-pro/LICENSE_FONT'), join(dirname(fontFile(400)), 'OFL.txt'));
}
