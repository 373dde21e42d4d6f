import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { t } from '../../i18n/t';
import { awardDate, awardItem } from '../../lib/feedItems';
import { feedResponse } from '../../lib/feedResponse';
import { latestItems } from '../../lib/latestItems';
import { published } from '../../lib/published';
import { feeds, paths } from '../../lib/urls';
import { namesById } from '../../lib/namesById';

export const GET: APIRoute = async ({ site, locals }) => {
  const [awards, stories, units] = await Promise.all([getCollection('awards'), getCollection('stories'), getCollection('units')]);
  const unitNames = namesById(units);
  const storyIds = new Set(published(stories).map((s) => s.id));
  return feedResponse({
    title: t('award.listTitle'),
    committee: locals.settings.committee,
    description: t('award.feedDescription'),
    page: paths.awards(),
    feed: feeds.awards(),
    items: await latestItems(awards.map((e) => ({ date: awardDate(e.data), make: () => awardItem(e, site!, unitNames, storyIds) }))),
    site: site!,
  });
};
