// The second stylesheet every feed names, for browsers without XSLT: Chrome is removing it (off by default from
// version 158), and then showed a feed opened in the browser as its XML tree under an English notice. With this, the
// feed itself reads as a page in Vietnamese: what it is, how to follow it, and its latest items, though without links
// (the feed carries no page markup but its viewport line, for the feed readers' sake). A browser with XSLT shows the
// page of rss.xsl.ts instead. The words are CSS-generated text, from the dictionary, as a feed holds none of them.
// The system's fonts, not the site's: this is a fallback, and every font file is one more wait on a slow network.
import type { APIRoute } from 'astro';
import { t } from '../i18n/t';
import { colours } from '../lib/colours';
import { cssString } from '../lib/escapeMarkup';
import { absoluteUrl, paths } from '../lib/urls';

/** The padding or margin that keeps a part's text in a 48rem column, as on the XSL page. */
const column = (property: 'padding' | 'margin') => `${property}-inline:max(1rem,calc((100% - 48rem) / 2))`;

export const GET: APIRoute = ({ site }) => {
  const explain = t('feed.page.explain', { address: t('feed.page.addressBar') });
  const howTo = t('feed.page.howToAt', { howTo: t('feed.page.howTo'), address: absoluteUrl(paths.follow(), site!) });
  // RSS's own elements are in no namespace (|title), and unprefixed names would also match atom:link as "link". The
  // namespace is a name, not a file: written as a string, not url(), which reads as a fetch from another host.
  const css = `@charset "UTF-8";
@namespace atom "http://www.w3.org/2005/Atom";
rss{margin:0;background:${colours.paper};color:${colours.ink};font:112.5%/1.6 'Segoe UI',Roboto,Arial,sans-serif;-webkit-text-size-adjust:100%}
rss,channel{display:block}
channel>*,|item>*{display:none}
channel>|title,channel>|description,channel>atom|link{display:block}
channel>|description,channel>atom|link,channel>|item{${column('margin')}}
channel>|title{${column('padding')};padding-block:1rem;background:${colours.brand};color:#fff;font-size:1.6rem;font-weight:700;line-height:1.3;border-bottom:4px solid ${colours.accent}}
channel>|title::before{content:${cssString(t('feed.page.kicker'))};display:block;margin-bottom:.5rem;font-size:1rem;text-transform:uppercase}
channel>|description{padding-top:1rem}
channel>atom|link::before{content:${cssString(explain)} "\\A\\A" ${cssString(howTo)};display:block;white-space:pre-line;overflow-wrap:anywhere;margin-block:1.5rem;padding:1rem;background:${colours.brandSoft};border:2px solid ${colours.brand};border-radius:.5rem}
channel>atom|link::after{content:${cssString(t('feed.page.latest'))};display:block;color:${colours.brandDark};font-size:1.4rem;font-weight:700;line-height:1.3;padding-bottom:.5rem;border-bottom:1px solid ${colours.line}}
channel:not(:has(>|item))>atom|link::after{content:${cssString(t('feed.page.empty'))};font-size:1rem;font-weight:400;border:0}
channel>|item{display:flex;flex-direction:column;padding-block:1rem;border-bottom:1px solid ${colours.line}}
|item>|category:first-of-type{display:block;order:-1;color:${colours.muted};font-size:1rem}
|item>|title{display:block;color:${colours.brandDark};font-size:1.2rem;font-weight:700;line-height:1.3;margin-block:.25rem}
|item>|description{display:block}
`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
