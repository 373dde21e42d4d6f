import { firstWhere } from './firstWhere';
import { foldDiacritics } from './foldDiacritics';

/** A word search may put right, or put a word right to: letters only (numbers are never guessed), two at least. */
const WORD = /^[a-z]{2,}$/;

/** A number in Roman figures, as the plan writes its parts and congresses ("lần thứ XXIII"): no word to put right to. */
const ROMAN_NUMBER = /(?<![\p{L}\p{M}])[IVXLCDM]{2,}(?![\p{L}\p{M}])/gu;

/**
 * The words of `texts` as residents type them ("Đảng" → "dang"), the most frequent first: those search may put a
 * mistyped word right to (closestWords).
 */
export function knownWords(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of foldDiacritics(text.replace(ROMAN_NUMBER, ' ')).split(/[^a-z]+/)) {
      if (WORD.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1)).map(([word]) => word);
}

/**
 * The words of `known` (the most frequent first, from knownWords) one slip of the finger from `word`, folded: a letter
 * left out, one too many, one wrong, or two swapped ("thuog", "thuonng", "thuomg", "thuogn": "thuong"); the likeliest
 * first, at most `most`. Those that start with the same letter come first, as a slip seldom falls on the first: by
 * frequency alone "bng" was "ung" (of "cung ứng") before "bang", and "rua" "dua" (of "thi đua") before "rau" and
 * "ra". None for a word that is itself known, or has a digit.
 */
export function closestWords(word: string, known: readonly string[], most = 3): string[] {
  const typed = foldDiacritics(word);
  if (!WORD.test(typed) || known.includes(typed)) return [];
  const near = known.filter((candidate) => oneSlipApart(typed, candidate));
  return firstWhere(near, (candidate) => candidate[0] === typed[0]).slice(0, most);
}

/** Whether `a` and `b`, which differ, are one letter left out, added, changed, or two neighbours swapped apart. */
function oneSlipApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  if (a.length !== b.length) {
    const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
    return longer.slice(start + 1) === shorter.slice(start);
  }
  return a.slice(start + 1) === b.slice(start + 1) || (a[start] === b[start + 1] && a[start + 1] === b[start] && a.slice(start + 2) === b.slice(start + 2));
}
