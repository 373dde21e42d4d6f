// The XSL stylesheet every feed names: a resident who opens a feed in a browser sees a page in Vietnamese that says
// what it is, gives the address to paste into a feed reader, and lists the latest items, instead of raw XML.
// Generated (not in public/) so its words come from the dictionary and its fonts are the site's own files.
import type { APIRoute } from 'astro';
import { fontData } from 'astro:assets';
import { fill } from '../i18n/fill';
import { t } from '../i18n/t';
import { vi } from '../i18n/vi';
import { colours } from '../lib/colours';
import { escapeMarkup } from '../lib/escapeMarkup';
import { files } from '../lib/urls';

/** Text for XML: the dictionary's words are plain text, wherever they end up. */
const text = escapeMarkup;

// The pages' own font files (astro.config.mjs), so that a resident who comes from the site has them already.
const fontFaces = fontData['--font-be-vietnam-pro']!.map(
  ({ weight, src }) =>
    `@font-face{font-family:'Be Vietnam Pro';font-style:normal;font-display:swap;font-weight:${weight};src:${src.map(({ url, format }) => `url(${url}) format('${format}')`).join(',')}}`,
).join('');

// pubDate is RFC 822 in English ("Tue, 12 Aug 2025 00:00:00 GMT"); the page says "12 tháng 8 năm 2025". Items are
// dated at midnight UTC, 7 a.m. in Việt Nam, so the day is the same in both.
const day = '<xsl:value-of select="number(substring(pubDate, 6, 2))"/>';
const month = `<xsl:value-of select="string-length(substring-before('JanFebMarAprMayJunJulAugSepOctNovDec', substring(pubDate, 9, 3))) div 3 + 1"/>`;
const year = '<xsl:value-of select="substring(pubDate, 13, 4)"/>';
const longDate = fill(text(vi['date.long']), { day, month, year });

const css = `
${fontFaces}
html{font-size:112.5%;-webkit-text-size-adjust:100%}
body{margin:0;background:${colours.paper};color:${colours.ink};font-family:'Be Vietnam Pro','Segoe UI',Roboto,Arial,sans-serif;line-height:1.6}
.wrap{max-width:48rem;margin:0 auto;padding:1rem}
header{background:${colours.brand};color:#fff;border-bottom:4px solid ${colours.accent}}
header p{margin:.25rem 0}
.kicker{font-weight:700;text-transform:uppercase}
h1,h2,h3{line-height:1.3;color:${colours.brandDark}}
header h1{color:#fff;font-size:1.6rem;margin:.5rem 0}
a{color:${colours.brand};text-decoration-thickness:1px;text-underline-offset:3px}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid ${colours.focus};outline-offset:2px;box-shadow:0 0 0 5px ${colours.brandDark}}
.how{background:${colours.brandSoft};border:2px solid ${colours.brand};border-radius:.5rem;padding:1rem;margin-top:1.5rem}
.how h2{margin-top:0}
.address{display:block;background:#fff;border:2px solid ${colours.line};border-radius:.375rem;padding:.5rem .75rem;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:1rem;overflow-wrap:anywhere;user-select:all;-webkit-user-select:all}
.links{display:flex;flex-wrap:wrap;gap:.75rem}
.button{display:inline-flex;align-items:center;min-height:2.75rem;padding:.5rem 1rem;border:2px solid ${colours.brand};border-radius:.375rem;background:#fff;font-weight:700;text-decoration:none}
.button:hover{background:${colours.brandSoft}}
ol{list-style:none;margin:0;padding:0;border-top:1px solid ${colours.line}}
li{padding:1rem 0;border-bottom:1px solid ${colours.line}}
li h3{margin:.25rem 0;font-size:1.2rem}
.meta{color:${colours.muted};font-size:1rem;margin:0}
li p{margin:.25rem 0}
`;

const xsl = `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
<xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat"/>
<xsl:template match="/">
<html lang="vi">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="robots" content="noindex"/>
<link rel="icon" href="${files.favicon()}" type="image/svg+xml"/>
<title><xsl:value-of select="/rss/channel/title"/></title>
<style>${css}</style>
</head>
<body>
<header><div class="wrap">
<p class="kicker">${text(t('feed.page.kicker'))}</p>
<h1><xsl:value-of select="/rss/channel/title"/></h1>
<p><xsl:value-of select="/rss/channel/description"/></p>
</div></header>
<main class="wrap">
<section class="how" aria-labelledby="dung-de-lam-gi">
<h2 id="dung-de-lam-gi">${text(t('feed.page.whatTitle'))}</h2>
<p>${text(t('feed.page.explain', { address: t('feed.page.addressBelow') }))}</p>
<p id="dia-chi-label"><strong>${text(t('feed.page.address'))}</strong></p>
<p><code class="address" aria-labelledby="dia-chi-label"><xsl:value-of select="/rss/channel/atom:link[@rel='self']/@href"/></code></p>
<p class="links">
<a class="button" href="{/rss/channel/atom:link[@rel='help']/@href}">${text(t('feed.page.howTo'))}</a>
<a class="button" href="{/rss/channel/link}">${text(t('feed.page.visit'))}</a>
</p>
</section>
<section aria-labelledby="tin-moi-nhat">
<h2 id="tin-moi-nhat">${text(t('feed.page.latest'))}</h2>
<xsl:choose>
<xsl:when test="count(/rss/channel/item) = 0"><p>${text(t('feed.page.empty'))}</p></xsl:when>
<xsl:otherwise>
<ol>
<xsl:for-each select="/rss/channel/item">
<li>
<p class="meta"><xsl:if test="pubDate">${text(t('news.published'))} ${longDate} · </xsl:if><xsl:value-of select="category[1]"/></p>
<h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
<p><xsl:value-of select="description"/></p>
</li>
</xsl:for-each>
</ol>
</xsl:otherwise>
</xsl:choose>
</section>
</main>
</body>
</html>
</xsl:template>
</xsl:stylesheet>
`;

// The type matters only to `astro dev`; a static host gives .xsl files an XML type, which browsers require.
export const GET: APIRoute = () => new Response(xsl, { headers: { 'Content-Type': 'application/xslt+xml; charset=utf-8' } });
