// One preview image per news item, story, decision and plan (and the site's default), drawn at build time from the
// page's title and section. Their addresses come from files.preview in src/lib/urls.ts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { t } from '../../i18n/t';
import { cachedPreviewImage, drawAhead } from '../../lib/previewCache';
import type { Preview } from '../../lib/previewImage';
import { publishedNewestFirst } from '../../lib/published';
import { siteSettings } from '../../lib/siteSettings';
import { paths, previewParam } from '../../lib/urls';

export const getStaticPaths = (async () => {
  const [news, stories, awards, plans, settings] = await Promise.all([
    getCollection('news').then(publishedNewestFirst),
    getCollection('stories').then(publishedNewestFirst),
    getCollection('awards'),
    getCollection('plans'),
    siteSettings(),
  ]);
  const image = (path: string | undefined, section: string, title: string) => ({
    params: { path: previewParam(path) },
    props: { section, title, committee: settings.committee, tagline: t('site.tagline') } satisfies Preview,
  });
  const images = [
    image(undefined, t('share.previewSection'), t('share.previewTitle')),
    ...news.map((e) => image(paths.article(e.id), t('nav.news'), e.data.title)),
    ...stories.map((e) => image(paths.story(e.id), t('nav.stories'), e.data.title)),
    ...awards.map((e) => image(paths.award(e.id), `${t('nav.awards')} · ${t('award.decision', { number: e.data.number })}`, e.data.title)),
    ...plans.map((e) => image(paths.plan(e.id), t('nav.plans'), e.data.title)),
  ];
  // The dev server draws a picture when it is asked for; a build draws them all while it renders the pages.
  if (import.meta.env.PROD) drawAhead(images.map(({ props }) => props));
  return images;
}) satisfies GetStaticPaths;

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await cachedPreviewImage(props);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
