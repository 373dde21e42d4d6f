import rss, { type RSSFeedItem } from '@astrojs/rss';
import { t } from '../i18n/t';
import { withoutControlCharacters } from './controlCharacters';
import { absoluteUrl, feeds } from './urls';

interface Feed {
  /** The channel's own title: the committee's name follows it. */
  title: string;
  /** The committee's name, from the settings. */
  committee: string;
  description: string;
  /** Site-relative path of the page the feed mirrors: the channel's link. */
  page: string;
  /** Site-relative path of the feed itself. */
  feed: string;
  items: RSSFeedItem[];
  site: URL;
}

/** An RSS 2.0 feed in Vietnamese, styled for people who open it in a browser, naming its own address. */
export async function feedResponse({ title, committee, description, page, feed, items, site }: Feed): Promise<Response> {
  const response = await rss({
    title: t('site.pageTitle', { title, committee }),
    description,
    site: absoluteUrl(page, site),
    items,
    stylesheet: feeds.stylesheet(),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // atom:link rel="self" tells readers (and the XSL page) the feed's own address.
    customData: `<language>vi</language><atom:link href="${absoluteUrl(feed, site)}" rel="self" type="application/rss+xml"/>`,
  });
  // Texts come in control characters and all (a news item's body, pasted from Word): XML has no place for them.
  return new Response(withoutControlCharacters(await response.text()), { status: response.status, headers: response.headers });
}
