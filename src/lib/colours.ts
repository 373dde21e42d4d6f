// The site's colours where its stylesheet does not reach: the browser's bar on a phone (theme-color), the feeds' own
// stylesheets (src/pages/rss.xsl.ts, rss.css.ts) and the share pictures sharp draws (src/lib/previewImage.ts). Tailwind reads the
// same colours from the @theme of src/styles/global.css; tests/unit/colours.test.ts keeps the two equal. Node runs
// this file as it is in the drawing process, so it imports nothing.

/** Each colour as `#rrggbb`, named as in global.css without `--color-` (brand-dark is brandDark). */
export const colours = {
  brand: '#0b3a6a',
  brandDark: '#072646',
  brandSoft: '#e8f0f8',
  accent: '#a3161a',
  ink: '#1a1a1a',
  muted: '#4a4a4a',
  line: '#c9d3de',
  paper: '#fbfaf7',
  focus: '#f2b705',
} as const;

/** A colour's red, green and blue, 0 to 255, as sharp and a PNG palette take them. */
export const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
