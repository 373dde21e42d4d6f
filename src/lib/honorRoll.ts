// The honor roll (/khen-thuong/): the order of its decisions, and where each year and form of it begins.
import type { CollectionEntry } from 'astro:content';
import { isRevoked } from './awardText';
import { yearOf } from './dates';
import { groupBy } from './groupBy';
import { AWARD_FORMS, type AwardForm } from './options';
import { pageHolding } from './paginate';

type Award = Pick<CollectionEntry<'awards'>['data'], 'issuedAt' | 'form' | 'status'>;

/**
 * The honor roll's order, which its pages are cut from: newest year first; inside a year the forms in the plan's
 * order (Bằng khen, Giấy khen, then the titles); inside a form those in force before any revoked one, each newest first.
 */
export function honorRollOrder<T extends { data: Award }>(awards: readonly T[]): T[] {
  const keyed = awards.map((award) => {
    const { issuedAt, form } = award.data;
    return { award, key: [-yearOf(issuedAt), AWARD_FORMS.indexOf(form), Number(isRevoked(award.data)), -issuedAt.getTime()] };
  });
  return keyed.sort((a, b) => a.key.reduce((order, k, i) => order || k - b.key[i]!, 0)).map(({ award }) => award);
}

/** Decisions in the roll's order, by year and, inside each year, by form. */
export function byYearAndForm<T extends { data: Award }>(ordered: readonly T[]): [number, [AwardForm, T[]][]][] {
  return groupBy(ordered, (a) => yearOf(a.data.issuedAt)).map(([year, inYear]) => [year, groupBy(inYear, (a) => a.data.form)]);
}

/** One year of the roll and the page it begins on; each of its forms, with how many decisions it has and the page it begins on. */
export interface RollYear {
  year: number;
  page: number;
  forms: { form: AwardForm; count: number; page: number }[];
}

/** The roll's contents, year by year, from the decisions in its order as its pages hold `perPage` each. */
export function honorRollContents(ordered: readonly { data: Award }[], perPage: number): RollYear[] {
  const pageOf = new Map(ordered.map((award, index) => [award, pageHolding(index, perPage)]));
  return byYearAndForm(ordered).map(([year, forms]) => ({
    year,
    page: pageOf.get(forms[0]![1][0]!)!,
    forms: forms.map(([form, list]) => ({ form, count: list.length, page: pageOf.get(list[0]!)! })),
  }));
}
