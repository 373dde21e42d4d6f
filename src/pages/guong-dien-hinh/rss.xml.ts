import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { t } from '../../i18n/t';
import { storyItem } from '../../lib/feedItems';
import { feedResponse } from '../../lib/feedResponse';
import { latestItems } from '../../lib/latestItems';
import { publishedNewestFirst } from '../../lib/published';
import { feeds, paths } from '../../lib/urls';

export const GET: APIRoute = async ({ site, locals }) => {
  const stories = publishedNewestFirst(await getCollection('stories'));
  return feedResponse({
    title: t('story.listTitle'),
    committee: locals.settings.committee,
    description: t('story.listIntro'),
    page: paths.stories(),
    feed: feeds.stories(),
    items: await latestItems(stories.map((e) => ({ date: e.data.publishedAt, make: () => storyItem(e, site!) }))),
    site: site!,
  });
};
