import { t } from '../i18n/t';
import { yearOf } from './dates';
import { type EntryAt, type EntryProblem, entryFile, problemAt } from './fieldLabels';
import { spellOut } from './abbreviations';
import { foldDiacritics } from './foldDiacritics';

/** What `sameDecisions` needs of a reward decision: Astro's collection entries fit. */
interface Decision extends EntryAt {
  data: { number: string; issuer: string; issuedAt: Date };
}

/**
 * Decisions entered twice: the same number from the same issuer in the same year (a commune numbers its decisions
 * afresh each year, and the province has numbers of its own). The CMS keeps the two files apart by adding "-1" to the
 * second one's name, and the honor roll, the unit pages and the feeds then gave the decision twice. Each second one,
 * in the collection's order, is named with its file and the other file; which of them was saved first is unknown, so
 * the message does not say which is the repeat (an editor read the one that said so as blaming the original).
 */
export function sameDecisions(awards: readonly Decision[]): EntryProblem[] {
  const seen = new Map<string, Decision>();
  return awards.flatMap((award) => {
    const { number, issuer, issuedAt } = award.data;
    // Compared without marks, capitals or extra spaces, and the issuer's abbreviations spelt out: "UBND xã Hà Trung"
    // is "Ủy ban nhân dân xã Hà Trung" (an editor wrote it so, and the decision entered twice was published twice).
    const key = [foldDiacritics(number), foldDiacritics(spellOut(issuer)), yearOf(issuedAt)].join('|');
    const first = seen.get(key);
    if (!first) {
      seen.set(key, award);
      return [];
    }
    const problem = t('error.sameDecision', { number, issuer, year: yearOf(issuedAt), first: entryFile('awards', first) });
    return [problemAt('awards', award, ['number'], problem)];
  });
}
