import { t } from '../i18n/t';
import { yearOf } from './dates';
import { STORY_FIELDS, SUBJECT_KINDS, type StoryField, type SubjectKind } from './options';
import { namesById } from './namesById';
import { referencing } from './references';
import { sortByName } from './sortByName';
import type { StoryFacet } from './urls';
import { type PlacedUnit, withVillages } from './villages';

/** The id of the heading of the ways to browse, below the stories, which a link above them leads to. */
export const BROWSE_HEADING = 'xem-theo';

/** What a story needs to be browsed. */
interface Browsable {
  data: { subject: { kind: SubjectKind }; unit: { id: string }; field: StoryField; publishedAt: Date };
}

export interface FacetValue<T> {
  value: string;
  label: string;
  stories: readonly T[];
}

export interface Facet<T> {
  facet: StoryFacet;
  label: string;
  values: FacetValue<T>[];
}

/**
 * The ways to browse `stories` — by kind of subject, field, year, and unit or village — each with only the values
 * some story has, in a fixed order (the order of the options, newest year first, unit names alphabetically). The
 * units come last: a commune has tens of them, and on a phone the short lists would otherwise wait below theirs. A
 * village also holds the stories of the units that sit in it, as its page does.
 */
export function storyFacets<T extends Browsable>(stories: readonly T[], units: readonly PlacedUnit[]): Facet<T>[] {
  const unitNames = namesById(units);
  const placed = withVillages(units);
  // Each story's values are worked out once, not once for every value of the facet (200 units at 10,000 entries).
  const values = (pick: (story: T) => string | string[], order: string[], label: (value: string) => string) => {
    const having = referencing(stories, (story) => [pick(story)].flat().map((id) => ({ id })));
    return order.flatMap((value) => (having(value).length > 0 ? [{ value, label: label(value), stories: having(value) }] : []));
  };
  const unitIds = sortByName([...unitNames.keys()], (id) => unitNames.get(id)!);
  const years = [...new Set(stories.map((s) => String(yearOf(s.data.publishedAt))))].sort().reverse();
  return [
    { facet: 'doi-tuong', label: t('story.byKind'), values: values((s) => s.data.subject.kind, [...SUBJECT_KINDS], (v) => t(`subjectKind.${v as SubjectKind}`)) },
    { facet: 'linh-vuc', label: t('story.byField'), values: values((s) => s.data.field, [...STORY_FIELDS], (v) => t(`storyField.${v as StoryField}`)) },
    { facet: 'nam', label: t('story.byYear'), values: values((s) => String(yearOf(s.data.publishedAt)), years, (v) => t('story.yearValue', { year: v })) },
    { facet: 'don-vi', label: t('story.byUnit'), values: values((s) => placed([s.data.unit]).map((u) => u.id), unitIds, (v) => unitNames.get(v)!) },
  ];
}
