/** About what a search engine shows of a description, and two lines of a link shared on Zalo or Facebook. */
export const DESCRIPTION_LENGTH = 160;

const sentences = new Intl.Segmenter('vi', { granularity: 'sentence' });

/**
 * A page's description from a text written for the page itself (a unit's runs to 500 letters): its whole sentences
 * from the start, as many as fit in `length` letters, and always the first. A longer first sentence is kept whole
 * rather than cut mid-phrase: a search engine or Zalo cuts it where its own room ends.
 */
export function shortDescription(text: string, length = DESCRIPTION_LENGTH): string {
  let kept = '';
  for (const { segment } of sentences.segment(text.trim().replace(/\s+/g, ' '))) {
    if (kept && (kept + segment).trimEnd().length > length) break;
    kept += segment;
  }
  return kept.trimEnd();
}
