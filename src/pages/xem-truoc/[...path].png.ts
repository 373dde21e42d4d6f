// One preview image per news item, story, decision, plan, unit and document (and the site's default), drawn from the
// page's title and section: a village's page shared in its Zalo group shows the village's name. Their addresses come
// from files.preview in src/lib/urls.ts. A build hands them all to src/integrations/previewImages.ts, which draws
// those missing from the cache in a process of its own and links them into the built site; the dev server draws each
// one here when it is asked for.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { cacheFile, cachedPreviewImage } from '../../lib/previewCache';
import type { Preview } from '../../lib/previewImage';
import { previewWriter } from '../../lib/previewWriter';
import { publishedNewestFirst } from '../../lib/published';
import { sharePictures } from '../../lib/sharePictures';
import { siteSettings } from '../../lib/siteSettings';
import { files, paths, previewParam } from '../../lib/urls';

export const getStaticPaths = (async () => {
  const [news, stories, awards, plans, units, documents, settings] = await Promise.all([
    getCollection('news').then(publishedNewestFirst),
    getCollection('stories').then(publishedNewestFirst),
    getCollection('awards'),
    getCollection('plans'),
    getCollection('units'),
    getCollection('documents'),
    siteSettings(),
  ]);
  const { committee } = settings;
  const picture = (page: string | undefined, preview: Preview) => ({ page, preview });
  const pictures = [
    picture(undefined, sharePictures.site(committee)),
    ...news.map((e) => picture(paths.article(e.id), sharePictures.article(e.data, committee))),
    ...stories.map((e) => picture(paths.story(e.id), sharePictures.story(e.data, committee))),
    ...awards.map((e) => picture(paths.award(e.id), sharePictures.award(e.data, committee))),
    ...plans.map((e) => picture(paths.plan(e.id), sharePictures.plan(e.data, committee))),
    ...units.map((e) => picture(paths.unit(e.id), sharePictures.unit(e.data, committee))),
    ...documents.map((e) => picture(paths.document(e.id), sharePictures.document(e.data, committee))),
  ];
  const write = previewWriter();
  if (!write) return pictures.map(({ page, preview }) => ({ params: { path: previewParam(page) }, props: preview }));
  write(pictures.map(({ page, preview }) => ({ preview, file: cacheFile(preview), path: files.preview(page) })));
  // The integration writes them all, so Astro renders no route for them.
  return [];
}) satisfies GetStaticPaths;

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await cachedPreviewImage(props);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
