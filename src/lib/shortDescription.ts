/** About what a search engine shows of a description, and two lines of a link shared on Zalo or Facebook. */
const DESCRIPTION_LENGTH = 160;

const sentences = new Intl.Segmenter('vi', { granularity: 'sentence' });
/**
 * Abbreviations with a dot, where the segmenter, which knows none in Vietnamese, ends a sentence: "TP. Thanh Hóa",
 * "PGS.TS. Nguyễn…", "5 triệu đ. mỗi hộ".
 */
const ABBREVIATION = /(?:^|[\s.])(?:TP|Tp|TX|TT|Q|P|H|GS|PGS|TS|ThS|BS|KS|đ)\.\s*$/u;

/**
 * A page's description from a text written for the page itself (a unit's runs to 500 letters): its whole sentences
 * from the start, as many as fit in `length` letters, and always the first. A longer first sentence is kept whole
 * rather than cut mid-phrase: a search engine or Zalo cuts it where its own room ends.
 */
export function shortDescription(text: string, length = DESCRIPTION_LENGTH): string {
  // Whole sentences: a segment that ends in an abbreviation runs on into the next.
  const whole: string[] = [];
  let open = false;
  for (const { segment } of sentences.segment(text.trim().replace(/\s+/g, ' '))) {
    if (open) whole[whole.length - 1] += segment;
    else whole.push(segment);
    open = ABBREVIATION.test(segment);
  }
  let kept = '';
  for (const sentence of whole) {
    if (kept && (kept + sentence).trimEnd().length > length) break;
    kept += sentence;
  }
  return kept.trimEnd();
}
