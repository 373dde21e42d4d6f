// The honor roll (/khen-thuong/): the order of its decisions, and where each year and form of it begins.
import type { CollectionEntry } from 'astro:content';
import { isRevoked } from './awardText';
import { yearOf } from './dates';
import { groupBy } from './groupBy';
import { AWARD_FORMS, type AwardForm } from './options';
import { pageHolding } from './paginate';
import { sortNewestFirst } from './sortByDate';

type Award = Pick<CollectionEntry<'awards'>['data'], 'issuedAt' | 'form' | 'status'>;

/**
 * The honor roll's order, which its pages are cut from: newest year first; inside a year the forms in the plan's
 * order (Giấy khen, Bằng khen, then the titles); inside a form those in force before any revoked one, each newest first.
 */
export function honorRollOrder<T extends { data: Award }>(awards: readonly T[]): T[] {
  const rank = ({ data }: T) => [-yearOf(data.issuedAt), AWARD_FORMS.indexOf(data.form), Number(isRevoked(data))] as const;
  // Sorting is stable: decisions of one rank stay newest first.
  return sortNewestFirst(awards, (a) => a.data.issuedAt).sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}

/** One year of the roll: each of its forms, with how many decisions it has and the page it begins on. */
export interface RollYear {
  year: number;
  forms: { form: AwardForm; count: number; page: number }[];
}

/** The roll's contents, year by year, from the decisions in its order as its pages hold `perPage` each. */
export function honorRollContents(ordered: readonly { data: Award }[], perPage: number): RollYear[] {
  const placed = ordered.map((award, index) => ({ award, page: pageHolding(index, perPage) }));
  return groupBy(placed, ({ award }) => yearOf(award.data.issuedAt)).map(([year, inYear]) => ({
    year,
    forms: groupBy(inYear, ({ award }) => award.data.form).map(([form, inForm]) => ({ form, count: inForm.length, page: inForm[0]!.page })),
  }));
}
