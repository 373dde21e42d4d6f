// Everything residents can follow in one feed: news, stories, reward decisions and plans, newest first.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { t } from '../i18n/t';
import { awardDate, awardItem, newsItem, planItem, storyItem } from '../lib/feedItems';
import { planDate } from '../lib/planDate';
import { feedResponse } from '../lib/feedResponse';
import { latestItems } from '../lib/latestItems';
import { publishedNewestFirst } from '../lib/published';
import { feeds, paths } from '../lib/urls';
import { namesById } from '../lib/namesById';

export const GET: APIRoute = async ({ site, locals }) => {
  const [news, stories, awards, plans, units] = await Promise.all([
    getCollection('news').then(publishedNewestFirst),
    getCollection('stories').then(publishedNewestFirst),
    getCollection('awards'),
    getCollection('plans'),
    getCollection('units'),
  ]);
  const unitNames = namesById(units);
  const storyIds = new Set(stories.map((s) => s.id));
  const items = await latestItems([
    ...news.map((e) => ({ date: e.data.publishedAt, make: () => newsItem(e, site!) })),
    ...stories.map((e) => ({ date: e.data.publishedAt, make: () => storyItem(e, site!) })),
    ...awards.map((e) => ({ date: awardDate(e.data), make: () => awardItem(e, site!, unitNames, storyIds) })),
    ...plans.map((e) => ({ date: planDate(e.data), make: () => planItem(e, site!) })),
  ]);
  return feedResponse({
    title: t('feed.siteTitle'),
    committee: locals.settings.committee,
    description: t('feed.siteDescription'),
    page: paths.home(),
    feed: feeds.site(),
    items,
    site: site!,
  });
};
