import type { CollectionEntry } from 'astro:content';
import { decisionsInOrder } from './awardText';
import { namesById } from './namesById';
import { listPages, NEWS_PER_PAGE } from './paginate';
import { publishedNewestFirst } from './published';
import { unitActivity } from './unitActivity';
import { unitsIn } from './villages';

/**
 * How many of each list a unit's page shows, the first: a village's lists grow for as long as the site runs, and a
 * page of a thousand items is no page for a cheap phone. The rest are a link away: all its news and all its decisions
 * on pages of their own (paths.unitNews, paths.unitAwards), all its stories where the stories are browsed by unit.
 */
export const ON_UNIT_PAGE = { news: NEWS_PER_PAGE, stories: 6, awards: 5 } as const;

/**
 * Whether a unit's list of `kind` runs past what its page shows: the one rule for both the page's link to the whole
 * list and the list's own pages, so that no link leads to a page not built.
 */
export const runsPastPage = (kind: keyof typeof ON_UNIT_PAGE, list: readonly unknown[]) => list.length > ON_UNIT_PAGE[kind];

/** The collections a unit's page and feed draw on, as getCollection gives them. */
interface Collections {
  units: CollectionEntry<'units'>[];
  news: CollectionEntry<'news'>[];
  stories: CollectionEntry<'stories'>[];
  awards: CollectionEntry<'awards'>[];
}

/**
 * Every unit with what both its page and its feed list (src/pages/don-vi/): its published news and stories and the
 * decisions commending its people, newest first (the decisions in force before any revoked one, as every list of
 * decisions shows them, here before the list is cut into pages), and the units that sit in it; with every unit's name
 * and every published story's id, which the lists' links need.
 */
export function unitPages({ units, ...all }: Collections) {
  const news = publishedNewestFirst(all.news);
  const stories = publishedNewestFirst(all.stories);
  const awards = decisionsInOrder(all.awards);
  const unitNames = namesById(units);
  const storyIds = new Set(stories.map((s) => s.id));
  const activityOf = unitActivity({ units, news, stories, awards });
  const unitsHereOf = unitsIn(units);
  return units.map((unit) => ({ unit, unitNames, storyIds, unitsHere: unitsHereOf(unit.id), ...activityOf(unit.id) }));
}

/**
 * The pages of each unit's whole list of `kind` (src/pages/don-vi/[slug]/tin-tuc/, …/khen-thuong/), `perPage` items a
 * page, as a `[...page]` route returns them: only for a unit whose page does not show the whole list (runsPastPage);
 * `village` says whether the list also holds the units that sit in it, `peopleOf` whose people its decisions name apart.
 */
export function unitListPages<K extends 'news' | 'awards'>(pages: readonly UnitPage[], kind: K, perPage: number) {
  return pages
    .filter((page) => runsPastPage(kind, page[kind]))
    .flatMap((page) =>
      listPages<UnitPage[K][number], { slug: string }, { unit: UnitPage['unit']; village: boolean; peopleOf: string[] }>(
        page[kind],
        perPage,
        { slug: page.unit.id },
        { unit: page.unit, village: page.unitsHere.length > 0, peopleOf: peopleOf(page.unit.id, page.unitsHere) },
      ),
    );
}

/** The unit whose page it is and those in it: whose people a list of decisions there names first (AwardList). */
export const peopleOf = (unitId: string, unitsHere: readonly { id: string }[]): string[] => [unitId, ...unitsHere.map((unit) => unit.id)];

/** One unit's page, as unitPages gives it. */
type UnitPage = ReturnType<typeof unitPages>[number];
