// One preview image per news item, story, decision and plan (and the site's default), drawn at build time from the
// page's title and section. Their addresses come from files.preview in src/lib/urls.ts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { t } from '../../i18n/t';
import { cachedPreviewImage } from '../../lib/previewCache';
import { publishedNewestFirst } from '../../lib/published';
import { paths, previewParam } from '../../lib/urls';

export const getStaticPaths = (async () => {
  const [news, stories, awards, plans] = await Promise.all([
    getCollection('news').then(publishedNewestFirst),
    getCollection('stories').then(publishedNewestFirst),
    getCollection('awards'),
    getCollection('plans'),
  ]);
  const image = (path: string | undefined, section: string, title: string) => ({ params: { path: previewParam(path) }, props: { section, title } });
  return [
    image(undefined, t('share.previewSection'), t('share.previewTitle')),
    ...news.map((e) => image(paths.article(e.id), t('nav.news'), e.data.title)),
    ...stories.map((e) => image(paths.story(e.id), t('nav.stories'), e.data.title)),
    ...awards.map((e) => image(paths.award(e.id), `${t('nav.awards')} · ${t('award.decision', { number: e.data.number })}`, e.data.title)),
    ...plans.map((e) => image(paths.plan(e.id), t('nav.plans'), e.data.title)),
  ];
}) satisfies GetStaticPaths;

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = async ({ props, locals }) => {
  const png = await cachedPreviewImage({ ...props, committee: locals.settings.committee, tagline: t('site.tagline') });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
