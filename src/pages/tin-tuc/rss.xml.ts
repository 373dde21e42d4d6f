import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { t } from '../../i18n/t';
import { newsItem } from '../../lib/feedItems';
import { feedResponse } from '../../lib/feedResponse';
import { latestItems } from '../../lib/latestItems';
import { publishedNewestFirst } from '../../lib/published';
import { feeds, paths } from '../../lib/urls';

export const GET: APIRoute = async ({ site, locals }) => {
  const news = publishedNewestFirst(await getCollection('news'));
  return feedResponse({
    title: t('news.listTitle'),
    committee: locals.settings.committee,
    description: t('news.listIntro'),
    page: paths.news(),
    feed: feeds.news(),
    items: await latestItems(news.map((e) => ({ date: e.data.publishedAt, make: () => newsItem(e, site!) }))),
    site: site!,
  });
};
