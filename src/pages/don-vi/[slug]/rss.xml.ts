// A unit's or village's own feed: its news, its stories and the decisions commending its people, so a resident
// can follow just their thôn (with the units that sit in it: unitActivity).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { t } from '../../../i18n/t';
import { awardDate, awardItem, newsItem, storyItem } from '../../../lib/feedItems';
import { feedResponse } from '../../../lib/feedResponse';
import { latestItems } from '../../../lib/latestItems';
import { nameInSentence } from '../../../lib/nameInSentence';
import { sampleTitle } from '../../../lib/sampleTitle';
import { unitPages } from '../../../lib/unitPages';
import { feeds, paths } from '../../../lib/urls';

export const getStaticPaths = (async () => {
  const [units, news, stories, awards] = await Promise.all([getCollection('units'), getCollection('news'), getCollection('stories'), getCollection('awards')]);
  return unitPages({ units, news, stories, awards }).map((props) => ({ params: { slug: props.unit.id }, props }));
}) satisfies GetStaticPaths;

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = async ({ props, site, locals }) => {
  const { unit, unitNames, storyIds, unitsHere, news, stories, awards } = props;
  const items = await latestItems([
    ...news.map((e) => ({ date: e.data.publishedAt, make: () => newsItem(e, site!) })),
    ...stories.map((e) => ({ date: e.data.publishedAt, make: () => storyItem(e, site!) })),
    ...awards.map((e) => ({ date: awardDate(e.data), make: () => awardItem(e, site!, unitNames, storyIds) })),
  ]);
  return feedResponse({
    title: sampleTitle(unit.data.name, unit.data.sample),
    committee: locals.settings.committee,
    description: t(unitsHere.length > 0 ? 'feed.villageDescription' : 'feed.unitDescription', { unit: nameInSentence(unit.data.name) }),
    page: paths.unit(unit.id),
    feed: feeds.unit(unit.id),
    items,
    site: site!,
  });
};
