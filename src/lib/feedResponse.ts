import rss, { type RSSFeedItem } from '@astrojs/rss';
import { t } from '../i18n/t';
import { withoutControlCharacters } from './storedText';
import { absoluteUrl, feeds, paths } from './urls';

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

// A browser with XSLT replaces a feed it opens by the XSL page; one without it (Chrome is removing XSLT) styles the
// feed itself with the CSS, in Vietnamese (xml:lang, as the XSL page's lang).
const STYLESHEETS = [
  `<?xml-stylesheet href="${feeds.stylesheet()}" type="text/xsl"?>`,
  `<?xml-stylesheet href="${feeds.plainStylesheet()}" type="text/css"?>`,
].join('');

// The XSL page has its own viewport line; the feed styled by CSS needs one too, or a phone lays it out 980 px wide
// and shrinks it. In the XHTML namespace, where a browser reads it and a feed reader passes it over. The W3C feed
// validator calls it an error (it knows XHTML's robots line only): nothing else sets a phone's viewport.
const VIEWPORT = '<meta xmlns="http://www.w3.org/1999/xhtml" name="viewport" content="width=device-width, initial-scale=1"/>';

/** An RSS 2.0 feed in Vietnamese, styled for people who open it in a browser, naming its own address. */
export async function feedResponse({ title, committee, description, page, feed, items, site }: Feed): Promise<Response> {
  const response = await rss({
    title: t('site.pageTitle', { title, committee }),
    description,
    site: absoluteUrl(page, site),
    items,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // atom:link rel="self" tells readers (and the XSL page) the feed's own address; rel="help" where the follow page
    // explains it, at its own entry (the XSL page's guide link; readers pass it over). Both absolute, as every
    // address in a feed (STYLE.md): a reader that saves the feed has no page to resolve a path against.
    customData: `<language>vi</language><atom:link href="${absoluteUrl(feed, site)}" rel="self" type="application/rss+xml"/><atom:link href="${absoluteUrl(paths.follow(feed), site)}" rel="help" type="text/html"/>${VIEWPORT}`,
  });
  // Texts come in control characters and all (a news item's body, pasted from Word): XML has no place for them.
  const written = await response.text();
  const start = written.match(/^(<\?xml [^?]*\?>)<rss /);
  if (!start) throw new Error(`@astrojs/rss began ${feed} otherwise than "<?xml …?><rss ": its stylesheets have no place.`);
  const xml = `${start[1]}${STYLESHEETS}<rss xml:lang="vi" ${written.slice(start[0].length)}`;
  return new Response(withoutControlCharacters(xml), { status: response.status, headers: response.headers });
}
