/**
 * Text as residents may type it: no tone or vowel marks, đ as d, lower case, single spaces. "Đảng bộ" and
 * "dang bo", or NFC and NFD input, fold to the same string, so they compare equal.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    // The Icelandic Ð too, which converters from old Vietnamese encodings write for Đ (storedText.ts, vietnameseLetters).
    .replace(/[đĐðÐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Every distinct word of `text` that has a đ, folded (so spelled with d). Pagefind folds tone and vowel marks but
 * not đ, so "dang bo" would not find "Đảng bộ"; indexing these spellings beside the page fixes that.
 */
export function dSpellings(text: string): string {
  // Every word, then those with a đ: a pattern that looks for the đ inside a word tries each of its letters as a start,
  // which took twice as long (1.6 s of a build at 10,000 entries).
  const words = text.normalize('NFC').match(/[\p{L}\p{M}\d]+/gu) ?? [];
  return [...new Set(words.filter((word) => /[đĐ]/.test(word)).map(foldDiacritics))].join(' ');
}
