import { foldDiacritics } from './foldDiacritics';

/**
 * Turns Vietnamese text into an ASCII URL segment: "Đồng Xá" → "dong-xa". Folded as residents type it, then every
 * run of what is not a letter or digit becomes one hyphen. Used for entry slugs, heading anchors and the CMS, so every
 * URL is spelled the same way.
 */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The longest slug the CMS makes or takes. Each is a folder or file name (at most 255 letters on disk: a 308-letter
 * title stopped the CMS's Create with "ENAMETOOLONG") and a page's address; the sample's longest is 93.
 */
export const SLUG_LENGTH = 100;

/** Lower-case letters and digits in words joined by hyphens, at most SLUG_LENGTH letters. */
const WORDS = `(?=.{1,${SLUG_LENGTH}}$)[a-z0-9]+(-[a-z0-9]+)*`;

/** A slug the CMS takes, whether it made it or an editor typed it. */
export const SLUG_PATTERN = new RegExp(`^${WORDS}$`);

/**
 * A decision's slug the CMS takes: "qd-", then its number, then its year, which decisionSlug makes. A "-1" after the
 * year is Keystatic's own, when the address is taken: the province's 205/QĐ-UBND of the year of the commune's.
 */
export const DECISION_SLUG_PATTERN = new RegExp(`^(?=qd-.*-\\d{4}(-\\d+)?$)${WORDS}$`);

/**
 * A decision's number as the decision writes it, "230/QĐ-UBND": its number first, then "/" and its symbol. "QĐ
 * 230/QĐ-UBND" was taken, headed its page "Quyết định QĐ 230/QĐ-UBND", made the address qd-qd-230-…, and was not
 * the 230/QĐ-UBND entered again later (sameDecisions).
 */
export const DECISION_NUMBER = /^\s*\d+[^\s/]*\/\S+\s*$/;

/** The slug of a title, cut between two words to at most SLUG_LENGTH letters. */
export function shortSlug(text: string): string {
  const slug = slugify(text);
  if (slug.length <= SLUG_LENGTH) return slug;
  const cut = slug.slice(0, SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, SLUG_LENGTH);
}

/**
 * A decision's slug from its number and the year it is signed: "205/QĐ-UBND" of 2025 is qd-205-qd-ubnd-2025, since
 * numbers start again every year. None while no number is typed (the CMS fills the address in from the empty field).
 */
export function decisionSlug(number: string, year: number): string {
  const slug = shortSlug(number).slice(0, SLUG_LENGTH - `qd--${year}`.length).replace(/-+$/, '');
  return slug ? `qd-${slug}-${year}` : '';
}
