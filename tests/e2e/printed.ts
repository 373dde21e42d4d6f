// What a page prints, read back from the PDF that Chromium makes of it (unpdf).
import type { extractTextItems } from 'unpdf';

type Sheets = Awaited<ReturnType<typeof extractTextItems>>['items'];

/** Points in a millimetre: a PDF measures in points, from the foot of the sheet. */
export const MM = 72 / 25.4;

/**
 * The text in each sheet's bottom margin (20 mm of A4), where BaseLayout prints where the page came from: its lines
 * joined as one, a long address breaking at a hyphen with no space.
 */
export const footLines = (sheets: Sheets): string[] =>
  sheets.map((sheet) => sheet.filter((item) => item.y < 20 * MM).map((item) => item.str).join(''));
