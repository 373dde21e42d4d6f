import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { t } from '../../../../i18n/t';
import { newsItem } from '../../../../lib/feedItems';
import { feedResponse } from '../../../../lib/feedResponse';
import { latestItems } from '../../../../lib/latestItems';
import { newsByCategory } from '../../../../lib/newsByCategory';
import { publishedNewestFirst } from '../../../../lib/published';
import { feeds, paths } from '../../../../lib/urls';

// Every category has its feed, like its page, even before its first news item.
export const getStaticPaths = (async () => {
  const news = publishedNewestFirst(await getCollection('news'));
  return newsByCategory(news).map(([category, items]) => ({ params: { category }, props: { category, items } }));
}) satisfies GetStaticPaths;

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = async ({ props: { category, items }, site, locals }) => {
  const name = t(`newsCategory.${category}`);
  return feedResponse({
    title: name,
    committee: locals.settings.committee,
    description: t('news.categoryIntro', { category: name }),
    page: paths.category(category),
    feed: feeds.category(category),
    items: await latestItems(items.map((e) => ({ date: e.data.publishedAt, make: () => newsItem(e, site!) }))),
    site: site!,
  });
};
