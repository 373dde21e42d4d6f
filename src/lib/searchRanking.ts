import { escapeMarkup } from './escapeMarkup';
import { foldDiacritics } from './foldDiacritics';

/** `query` without the quotes that ask Pagefind for an exact phrase, straight or curly. */
export const withoutQuotes = (query: string): string => query.replace(/["“”]/g, '');

/** Words after which "số" is the word for number ("quyết định số 205"), not part of a word ("chuyển đổi số", "dân số"). */
const NUMBERED = new Set(['qd', 'dinh', 'kh', 'hoach', 'ct', 'thi', 'luat', 'van']);

/**
 * `query` with each word that starts with d spelled with đ ("dai hoi dang bo": "đai hoi đang bo"; đ starts a
 * Vietnamese word, never ends one), to be searched beside the query as typed. Pagefind folds tone and vowel marks but
 * not đ, and a đ-word typed with d matches only the page's hidden d-spellings (IndexedArticle), without a place in the
 * text or the weight of the title: "thi dua" ranked the plan 9th, "thi đua" 3rd. Every word at once, not each way
 * (eight searches for three such words): a word that is d after all ("dich vu") makes that spelling find nothing, and
 * the query's own results stand; each way ranked the site's queries no better. No lookbehind, which Safari before 16.4
 * cannot parse (gates.spec.ts): the mark before the d is matched and put back.
 */
export const withDStroke = (query: string): string =>
  query.replace(/(^|[\s"“(])([dD])/gu, (_, before: string, d: string) => before + (d === 'D' ? 'Đ' : 'đ'));

/**
 * `query` with a decision's number as residents write it made as the pages write it: a hyphen between a word and a
 * number is a space ("qd-205" matched every page alike, through the pages' hidden d-spellings), and "số" before a
 * number goes, first in the query or after a decision's or a document's kind ("so 205", "quyet dinh so 205": a
 * decision's page says "Quyết định 205/QĐ-UBND", and "so" found other pages first).
 */
export function tidyNumbers(query: string): string {
  const words = query.replace(/(\p{L})-(?=\p{N})/gu, '$1 ').trim().split(/\s+/);
  const isNumberWord = (word: string, i: number) =>
    foldDiacritics(word) === 'so' && /^\p{N}/u.test(words[i + 1] ?? '') && (i === 0 || NUMBERED.has(foldDiacritics(words[i - 1]!)));
  return words.filter((word, i) => !isNumberWord(word, i)).join(' ');
}

/** `query` with the letters glued to a number taken apart from it ("qd152", "QĐ205", "tk5": "qd 152", "QĐ 205", "tk 5"). */
export const lettersApartFromNumbers = (query: string): string => query.replace(/(\p{L})(?=\p{N})|(\p{N})(?=\p{L})/gu, '$1$2 ');

/**
 * `query` as typed in Telex on a keyboard that does not turn it into letters with marks ("ddaij hooij ddangr booj"),
 * without the keys that stand for marks: "dai hoi dang bo", which search matches as it matches any word typed without
 * marks. Only words of plain letters change, and in them only what Telex adds: "dd", a doubled "aa", "ee", "oo", a
 * "w" after a vowel, and a last key for the tone (s, f, r, x, j), which ends no Vietnamese word, after a vowel or a
 * final consonant. A word without a vowel keeps its last letter ("htx"). Only a query with a key that Telex alone
 * types ("dd" first, "aa", "ee", "oo", a "w" after a vowel): a last letter for the tone may be a slip ("hoj", "hoi").
 */
export function withoutTelex(query: string): string {
  const plain = (word: string) => /^[a-z]+$/i.test(word);
  const words = query.match(/[\p{L}\p{M}]+/gu) ?? [];
  if (!words.some((word) => plain(word) && /^dd|aa|ee|oo|[aou]w/i.test(word))) return query;
  return query.replace(/[\p{L}\p{M}]+/gu, (word) =>
    plain(word)
      ? word
          .replace(/^(d)d/i, '$1')
          .replace(/([aeo])\1/gi, '$1')
          .replace(/([aou])w/gi, '$1')
          .replace(/([aeiouy](?:[cmnpt]|ch|ng|nh)?)[sfrxj]$/i, '$1')
      : word,
  );
}

/** Words that ask rather than name, folded: "tôi muốn tìm", "biết", "cho", "của", "những", "ở"… */
const ASKING = new Set(['toi', 'minh', 'muon', 'biet', 'tim', 'kiem', 'xem', 'giup', 'cho', 've', 'cua', 'la', 'voi', 'nhung', 'cac', 'nao', 'gi', 'o']);

/** Whether `query` is a question typed as it is said: five words or more, one of them a word that asks. */
export function isQuestion(query: string): boolean {
  const words = query.trim().split(/\s+/);
  return words.length >= 5 && words.some((word) => ASKING.has(foldDiacritics(word)));
}

/**
 * A question ("tôi muốn tìm quyết định khen thưởng cho ông Nguyễn Văn A") without its words that ask rather than
 * name; any other query as it is. Those words are on almost no page ("tôi"), or on every one ("của"), and held
 * together the question found nothing.
 */
export function withoutAskingWords(query: string): string {
  return isQuestion(query) ? query.trim().split(/\s+/).filter((word) => !ASKING.has(foldDiacritics(word))).join(' ') : query;
}

/** The words of a query as Pagefind and the page compare them: without marks or quotes. */
export const queryWords = (query: string): string[] => foldDiacritics(withoutQuotes(query)).split(' ').filter(Boolean);

/** The words of `text` folded, without the punctuation between them: Pagefind counts "tốt, việc" as two words in a row. */
const foldedWords = (text: string) => (foldDiacritics(text).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/**
 * Whether `text` holds the whole query as a phrase, compared without marks or punctuation ("dang bo" is in "Đảng bộ",
 * "nguoi tot viec tot" in "người tốt, việc tốt").
 */
export const holdsPhrase = (text: string, query: string): boolean => foldedWords(text).includes(foldedWords(query));

/** Whether `text` holds the query's words in a row, each whole, as holdsPhrase compares: "xa rau" is not "xa ra". */
export const holdsWordsInARow = (text: string, query: string): boolean => ` ${foldedWords(text)} `.includes(` ${foldedWords(query)} `);

/**
 * Whether `query` asks for what was revoked ("quyet dinh thu hoi"): then a revoked decision is not put after the
 * decisions in force, as it is for any other query ("quyết định khen thưởng").
 */
export const asksForRevoked = (query: string): boolean => holdsWordsInARow(query, 'thu hồi');

/** Whether `query` holds a number that `title` holds ("qd 226" of "Quyết định 226/QĐ-UBND…"): it asks for that page. */
export function namesNumberOf(title: string, query: string): boolean {
  const held = new Set(foldedWords(title).split(' '));
  return foldedWords(query)
    .split(' ')
    .some((word) => /^\p{N}+$/u.test(word) && held.has(word));
}

/**
 * Whether the query is the start of `name`, or of a part of it after a comma, word for word and at least two words:
 * "guong nguoi tot" names "Gương điển hình tiên tiến, gương người tốt, việc tốt", and "khen thuong" names "Khen
 * thưởng"; "thi dua" does not name "Kế hoạch thi đua", nor "tien tien" the stories.
 */
export function startsName(name: string, query: string): boolean {
  const typed = foldedWords(query);
  return typed.split(' ').length >= 2 && name.split(',').some((part) => `${foldedWords(part)} `.startsWith(`${typed} `));
}

/**
 * Whether the query ends with `name`, or a part of it after a comma, word for word, a name of two words at least: a
 * place put after what is asked of it, as residents write "khen thuong tieu khu 1" or "guong dien hinh thon dong xa".
 * Asked of units only: a section's name ends many a query about something else ("hoi dong thi dua khen thuong" is the
 * council, not the honor roll).
 */
export function endsName(name: string, query: string): boolean {
  const typed = ` ${foldedWords(query)}`;
  return name.split(',').some((part) => {
    const words = foldedWords(part);
    return words.includes(' ') && typed.endsWith(` ${words}`);
  });
}

/**
 * Whether a question names `name` anywhere in it: a part of the name (after a comma) of two words at least, whole and
 * in a row ("tôi muốn xem danh sách người được khen thưởng" names "Khen thưởng"). Asked only of a question: any other
 * query names a place by its start (startsName) or a unit by its end (endsName), as "dong xa moi" is not Đồng Xá.
 */
export const namedIn = (name: string, question: string): boolean =>
  name.split(',').some((part) => foldedWords(part).split(' ').length >= 2 && holdsWordsInARow(question, part));

/**
 * The names a unit is called by: its own, and the rest of it after the word for its kind, as residents say "Đồng Xá"
 * for "Thôn Đồng Xá" and "Rau an toàn Đồng Xá" for the cooperative. A name that does not start with its kind's word
 * ("Công ty TNHH May Hà Phong", a doanh nghiệp) has no other.
 */
export function calledBy(name: string, kindWord: string): string[] {
  const words = name.trim().split(/\s+/);
  const kind = foldDiacritics(kindWord).split(' ');
  const startsWithKind = kind.every((word, i) => foldDiacritics(words[i] ?? '') === word);
  return startsWithKind && words.length > kind.length ? [name, words.slice(kind.length).join(' ')] : [name];
}

/**
 * Whether `text` has, for every word of the query, a word that starts with it, compared without marks. Pagefind
 * answers a word that no page holds with the pages holding the longest indexed word it starts with: "covid" found
 * every page through "có". Results of which none holds every word typed mean that no page holds them all. Pagefind's
 * words are runs of letters and digits, and also each token between spaces without its punctuation ("2025-2030" is
 * "20252030" too).
 */
export function holdsEveryWord(text: string, query: string): boolean {
  const folded = foldDiacritics(text);
  const words = [...foldedWords(text).split(' '), ...folded.split(' ').map((token) => token.replace(/[^\p{L}\p{N}]/gu, ''))];
  return foldedWords(query)
    .split(' ')
    .every((typed) => words.some((word) => word.startsWith(typed)));
}

/**
 * Whether `count` of the word positions Pagefind matched in a page follow one another: the query's words side by
 * side, as a phrase. Known without loading the page's text.
 */
export function inARow(positions: readonly number[], count: number): boolean {
  let run = 1;
  for (let i = 1; i < positions.length && run < count; i++) run = positions[i] === positions[i - 1]! + 1 ? run + 1 : 1;
  return positions.length > 0 && run >= count;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * An excerpt as safe HTML with the query's words marked, whatever the marks on either side ("giai phong" marks
 * "giải phóng", "dang" marks "Đảng"). A query word marks the words it is, where the excerpt has them, and otherwise
 * the words it starts, as a word still being typed does ("giai pho"): "thon dong xa" marks "Thôn Đồng Xá", not
 * "Thông" and "xây" too. Takes Pagefind's excerpt (escaped HTML with its own <mark>s).
 */
export function highlight(excerpt: string, query: string): string {
  const plain = excerpt.replace(/<\/?mark>/g, '').replace(/&(amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e]!);
  const parts = plain.split(/([\p{L}\p{M}\d]+)/u);
  const words = new Set(parts.filter((_, i) => i % 2 === 1).map(foldDiacritics));
  const matchers = queryWords(query).map((term) => (words.has(term) ? (word: string) => word === term : (word: string) => word.startsWith(term)));
  return (
    parts
      .map((part, i) => {
        const isWord = i % 2 === 1;
        return isWord && matchers.some((matches) => matches(foldDiacritics(part))) ? `<mark>${escapeMarkup(part)}</mark>` : escapeMarkup(part);
      })
      .join('')
      // Words marked side by side are one mark: a screen reader stops at each, and read "giải", "phóng", "mặt", "bằng".
      .replace(/<\/mark>( +)<mark>/g, '$1')
  );
}
