import { t } from '../i18n/t';
import { formatDate, yearOf } from './dates';
import { type EntryAt, type EntryProblem, problemAt } from './fieldLabels';
import { decisionSlug } from './slugify';

/** What `decisionYears` needs of a reward decision: Astro's collection entries fit. */
interface Decision extends EntryAt {
  data: { number: string; issuedAt: Date };
}

/**
 * Decisions whose address, made from the number by the CMS (decisionSlug), ends in a year other than the one they
 * were signed in. The CMS can only put this year there: a decision of 28/12/2025 entered in January became
 * qd-312-qd-ubnd-2026, which told residents the wrong year, and took the address of the 312/QĐ-UBND to be signed
 * in 2026. An address not made from the number (named by hand) is left as it is.
 */
export function decisionYears(awards: readonly Decision[]): EntryProblem[] {
  const taken = new Set(awards.map((award) => award.id));
  return awards.flatMap((award) => {
    const { number, issuedAt } = award.data;
    const year = yearOf(issuedAt);
    const signed = decisionSlug(number, year);
    // The address less its year (and the "-1" the CMS adds when an address is taken) is the same in any year.
    const stem = signed.slice(0, -`-${year}`.length);
    const written = award.id.startsWith(`${stem}-`) ? /^-(\d{4})(-\d+)?$/.exec(award.id.slice(stem.length)) : null;
    if (!written || Number(written[1]) === year) return [];
    // The address of that year may be another decision's (the province's 205/QĐ-UBND beside the commune's): then the
    // one the CMS would give, with "-1" after it. (One entered twice is sameDecisions' to name.)
    let free = signed;
    for (let n = 1; taken.has(free); n++) free = `${signed}-${n}`;
    const problem = t('error.decisionYear', { slug: award.id, slugYear: written[1]!, date: formatDate(issuedAt, 'short'), signed: free });
    return [problemAt('awards', award, ['number'], problem)];
  });
}
