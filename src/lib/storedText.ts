/** Control characters but tab and line ends, as a regular expression's class: invisible, forbidden in XML. */
const CONTROL = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F';

/** What a text pasted from Word brings unseen and taking no room: zero-width spaces and byte-order marks. */
const ZERO_WIDTH = '\\u200B\\uFEFF';

/**
 * `text` with each control character but tab and line ends as a space: invisible, pasted with a text from Word
 * (Shift+Enter writes U+000B), and forbidden in XML, where one in a news item made the whole feed unreadable.
 */
export const withoutControlCharacters = (text: string) => text.replace(new RegExp(`[${CONTROL}]`, 'g'), ' ');

/**
 * Vietnamese letters as Unicode writes them: NFC, whatever the keyboard produced, and Đ, đ rather than the Icelandic
 * Ð, ð, which look the same and which converters from the old Vietnamese encodings (VNI, TCVN3) and some keyboards put
 * in their place: a text with them was found by no search for "Đảng" or "dang".
 */
export const vietnameseLetters = (text: string) => text.normalize('NFC').replace(/[Ðð]/g, (eth) => (eth === 'Ð' ? 'Đ' : 'đ'));

/**
 * Vietnamese text as stored and compared: its letters as Unicode writes them (vietnameseLetters), without control
 * characters, trimmed, without zero-width spaces, which reached the page's title, the feeds and a share's preview, and
 * with no-break spaces as spaces, with which a title does not wrap on a phone.
 */
export const storedText = (text: string) =>
  vietnameseLetters(
    withoutControlCharacters(text)
      .replace(new RegExp(`[${ZERO_WIDTH}]`, 'g'), '')
      .replace(/[\u00A0\u202F]/g, ' ')
      .trim(),
  );

/**
 * A field written in, for the CMS: one with a character that storedText keeps, not only spaces, zero-width spaces and
 * control characters, which it empties, and the build then refuses.
 */
export const WRITTEN = new RegExp(`[^\\s${ZERO_WIDTH}${CONTROL}]`);

/** The mark that ends a sentence, before any closing quote or bracket: ". ! ? …", "…(mục V.5.)", "…“vì dân”." */
const SENTENCE_END = /[.!?…][”"'’»)\]]*$/u;

/**
 * A text meant as whole sentences (a summary, a unit's description, a decision's reason) ended as one: with its own
 * mark (SENTENCE_END), or else a full stop, in place of a comma, colon or dash left dangling. A page's description is
 * that text, and a search engine, Zalo or Facebook shows it cut where their room ends: one without a mark read as cut
 * off. The site ends it, rather than stopping the build at a missing dot (gates.spec.ts checks every description).
 */
export const endedAsSentence = (text: string) => (SENTENCE_END.test(text) ? text : `${text.replace(/\s*[,;:–—-]+$/u, '')}.`);
