// The items of every RSS feed, one maker per kind of entry. Each item carries its full content as HTML with absolute
// addresses, rendered by Astro's container API (the same components and MDX bodies as the pages). An entry is
// rendered once per build however many feeds carry it (the site's, its section's, its category's, its units').
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import type { RSSFeedItem } from '@astrojs/rss';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';
import AwardFeedBody from '../components/feed/AwardFeedBody.astro';
import FeedLead from '../components/feed/FeedLead.astro';
import PlanClosing from '../components/PlanClosing.astro';
import { t } from '../i18n/t';
import { absoluteHtml } from './absoluteHtml';
import { awardDescription, awardTitle, isRevoked, REVOKED_NOTICE } from './awardText';
import { sampleTitle } from './sampleTitle';
import { planDate } from './planDate';
import { planDescription } from './planText';
import { absoluteUrl, paths, withAnchor } from './urls';
import { STORY_PHOTO } from './imageSizes';

type Component = Parameters<AstroContainer['renderToString']>[0];

let container: Promise<AstroContainer> | undefined;
const made = new Map<string, Promise<RSSFeedItem>>();

/** The feed item of a news item. */
export function newsItem(entry: CollectionEntry<'news'>, site: URL): Promise<RSSFeedItem> {
  return once(`news/${entry.id}`, async () => {
    const { title, summary, publishedAt, category, tags, cover, sample } = entry.data;
    const link = absoluteUrl(paths.article(entry.id), site);
    return {
      title: sampleTitle(title, sample),
      link,
      pubDate: publishedAt,
      description: summary,
      categories: [t('nav.news'), t(`newsCategory.${category}`), ...tags],
      content: (await html(FeedLead, { photo: cover, sample, summary }, link)) + (await body(entry, link)),
    };
  });
}

/** The feed item of an exemplary story. */
export function storyItem(entry: CollectionEntry<'stories'>, site: URL): Promise<RSSFeedItem> {
  return once(`stories/${entry.id}`, async () => {
    const { title, summary, publishedAt, field, subject, photo, sample } = entry.data;
    const link = absoluteUrl(paths.story(entry.id), site);
    const lead = { photo, widths: [...STORY_PHOTO.widths], sample, summary };
    return {
      title: sampleTitle(title, sample),
      link,
      pubDate: publishedAt,
      description: summary,
      categories: [t('nav.stories'), t(`storyField.${field}`), t(`subjectKind.${subject.kind}`)],
      content: (await html(FeedLead, lead, link)) + (await body(entry, link)),
    };
  });
}

/** When a decision is news in a feed: the day it was signed, or the day it was revoked. */
export function awardDate(award: CollectionEntry<'awards'>['data']): Date {
  return award.revokedAt ?? award.issuedAt;
}

/** The feed item of a reward decision. */
export function awardItem(
  entry: CollectionEntry<'awards'>,
  site: URL,
  unitNames: ReadonlyMap<string, string>,
  storyIds: ReadonlySet<string>,
): Promise<RSSFeedItem> {
  return once(`awards/${entry.id}`, async () => {
    const award = entry.data;
    const path = paths.award(entry.id);
    const link = absoluteUrl(path, site);
    return {
      title: sampleTitle(awardTitle(award), award.sample),
      // The link is the item's id (guid) to a feed reader, which passes over an id it has seen: once revoked, the
      // decision comes again as a new item, pointing at the page's notice, so a subscriber learns of it.
      link: isRevoked(award) ? absoluteUrl(withAnchor(path, REVOKED_NOTICE), site) : link,
      pubDate: awardDate(award),
      description: awardDescription(award),
      categories: [t('nav.awards'), t(`awardForm.${award.form}`)],
      content: await html(AwardFeedBody, { award, unitNames, storyIds }, link),
    };
  });
}

/** The feed item of a plan. */
export function planItem(entry: CollectionEntry<'plans'>, site: URL): Promise<RSSFeedItem> {
  return once(`plans/${entry.id}`, async () => {
    const plan = entry.data;
    const link = absoluteUrl(paths.plan(entry.id), site);
    return {
      title: plan.title,
      link,
      pubDate: planDate(plan),
      description: planDescription(plan),
      categories: [t('nav.plans')],
      // The whole document, as issued: its sections, then where it is sent and who signed it.
      content: (await body(entry, link)) + (await html(PlanClosing, { plan }, link)),
    };
  });
}

function once(key: string, make: () => Promise<RSSFeedItem>): Promise<RSSFeedItem> {
  let item = made.get(key);
  if (!item) {
    item = make();
    made.set(key, item);
  }
  return item;
}

/** The MDX body of an entry as HTML for the feed, its addresses absolute against `link`. */
async function body(entry: CollectionEntry<'news' | 'stories' | 'plans'>, link: string): Promise<string> {
  const { Content } = await render(entry);
  return html(Content, {}, link);
}

async function html(component: Component, props: Record<string, unknown>, link: string): Promise<string> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  return absoluteHtml(await (await container).renderToString(component, { props }), link);
}
