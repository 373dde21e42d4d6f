// Every link the site makes — pages, feeds, sitemap, previews, breadcrumbs — comes from here, so a URL is
// spelled in one place. Paths are Vietnamese without diacritics and end with a slash.
import type { Preview } from './previewImage';

/** The ways residents can narrow the exemplary stories, as URL segments. */
export type StoryFacet = 'doi-tuong' | 'don-vi' | 'linh-vuc' | 'nam';

/** The `[...page]` route parameter of page `n` of a list: none for the first page, then "trang/2", "trang/3"… */
export const pageParam = (n: number) => (n <= 1 ? undefined : `trang/${n}`);

/** Page `n` of the list whose first page is at `first`. */
const pageOf = (first: string, n: number) => (n <= 1 ? first : `${first}${pageParam(n)}/`);

/** Site-relative paths of every page type; a list that runs over several pages takes the page's number. */
export const paths = {
  home: () => '/',
  plans: () => '/ke-hoach/',
  plan: (slug: string) => `/ke-hoach/${slug}/`,
  news: (page = 1) => pageOf('/tin-tuc/', page),
  article: (slug: string) => `/tin-tuc/${slug}/`,
  category: (category: string, page = 1) => pageOf(`/tin-tuc/chuyen-muc/${category}/`, page),
  /** Every keyword of the news, each leading to its `tag` list. */
  tags: () => '/the/',
  tag: (tagSlug: string, page = 1) => pageOf(`/the/${tagSlug}/`, page),
  stories: (page = 1) => pageOf('/guong-dien-hinh/', page),
  story: (slug: string) => `/guong-dien-hinh/${slug}/`,
  /** Stories narrowed by one facet: kind of subject, unit, field or year. */
  storiesBy: (facet: StoryFacet, value: string | number, page = 1) => pageOf(`/guong-dien-hinh/${facet}/${value}/`, page),
  awards: (page = 1) => pageOf('/khen-thuong/', page),
  award: (slug: string) => `/khen-thuong/${slug}/`,
  units: () => '/don-vi/',
  unit: (slug: string) => `/don-vi/${slug}/`,
  /** All the news of a unit whose page shows only the newest. */
  unitNews: (slug: string, page = 1) => pageOf(`/don-vi/${slug}/tin-tuc/`, page),
  /** All the decisions commending a unit's people, when its page shows only the first. */
  unitAwards: (slug: string, page = 1) => pageOf(`/don-vi/${slug}/khen-thuong/`, page),
  documents: () => '/van-ban/',
  document: (slug: string) => `/van-ban/${slug}/`,
  /** The search page, or a search on it: its words (`q`) and filters, as its address keeps them. */
  search: (asked: Record<string, string> = {}) => `/tim-kiem/${Object.keys(asked).length > 0 ? `?${new URLSearchParams(asked)}` : ''}`,
  about: () => '/gioi-thieu/',
  english: () => '/en/',
  /** How to follow the commune by RSS, with every feed's address; given a feed, at that feed's entry in the list. */
  follow: (feed?: string) => (feed ? withAnchor('/theo-doi/', feedAnchor(feed)) : '/theo-doi/'),
  /** Whom to tell of one more exemplary person, and how: the box under the stories (TellTheOffice). */
  nominate: () => withAnchor('/guong-dien-hinh/', NOMINATE_ANCHOR),
} as const;

/** The id of a feed's entry on the follow page: "nguon-don-vi-thon-dong-xa" for /don-vi/thon-dong-xa/rss.xml. */
export const feedAnchor = (feed: string) => `nguon${feed.replace(/\/rss\.xml$/, '').replaceAll('/', '-')}`;

/** Site-relative paths of the RSS feeds; a section's, category's or unit's feed sits beside its page. */
export const feeds = {
  /** Everything: news, stories, commendations and plans. */
  site: () => '/rss.xml',
  news: () => `${paths.news()}rss.xml`,
  stories: () => `${paths.stories()}rss.xml`,
  awards: () => `${paths.awards()}rss.xml`,
  category: (category: string) => `${paths.category(category)}rss.xml`,
  unit: (slug: string) => `${paths.unit(slug)}rss.xml`,
  /** The XSL stylesheet that turns a feed opened in a browser into a readable page. */
  stylesheet: () => '/rss.xsl',
  /** The CSS that makes the feed itself readable where a browser has no XSLT. */
  plainStylesheet: () => '/rss.css',
} as const;

/** Where the preview images live ("ảnh xem trước"), and the name of the one for pages without their own. */
const PREVIEWS = '/xem-truoc/';
const DEFAULT_PREVIEW = 'mac-dinh';

/** A mark of `words` for an address's query: FNV-1a, a hash that needs no library in the browser's scripts. */
function mark(words: string): string {
  let hash = 0x811c9dc5;
  for (const char of words) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/** The `[...path]` of src/pages/xem-truoc/ that makes the preview of the page at `pagePath` (the default without one). */
export function previewParam(pagePath?: string): string {
  return pagePath ? pagePath.replace(/^\/|\/$/g, '') : DEFAULT_PREVIEW;
}

/** Site-relative paths of files rather than pages: preview pictures, the sitemap, the icon, the search index, downloads. */
export const files = {
  /**
   * The 1200×630 picture Zalo and Facebook show for the page at `pagePath` ("/tin-tuc/a/" → "/xem-truoc/tin-tuc/a.png"),
   * or, without one, the site's own, for pages without a picture of their own.
   */
  preview: (pagePath?: string) => `${PREVIEWS}${previewParam(pagePath)}.png`,
  /**
   * That picture as a page names it, marked with the words it shows ("…/a.png?v=1a2b3c4d", src/lib/sharePictures.ts).
   * Zalo and Facebook keep a picture by its address: after an editor corrected a title, the link shared again still
   * showed the old one, in large letters. New words give a new address; the site's own picture too, when the
   * committee is renamed.
   */
  sharedPreview: (pagePath: string | undefined, preview: Preview) => `${files.preview(pagePath)}?v=${mark(JSON.stringify(preview))}`,
  /** Written by @astrojs/sitemap, which names it after its own `filenameBase`. */
  sitemap: () => '/sitemap-index.xml',
  /** The folder, in public/, of the files of one kind to download: signed decisions, documents. */
  downloads: (kind: 'khen-thuong' | 'van-ban') => `/tep/${kind}/`,
  /** The site's icon, in public/. */
  favicon: () => '/favicon.svg',
  /** A file of the search index Pagefind writes at the end of the build (searchIndex.ts), "pagefind.js" and the rest. */
  searchIndex: (file = '') => `/pagefind/${file}`,
  /** The words the site's search may put a mistyped word right to (src/pages/tim-kiem/tu-vung.json.ts). */
  searchWords: () => '/tim-kiem/tu-vung.json',
} as const;

/** Where the CMS is served (Keystatic's own routes), and its folders of content/ that hold one entry, not a list. */
const CMS = '/keystatic/';
export const CMS_SINGLETONS: ReadonlySet<string> = new Set(['settings']);

/** Whether `path` is one of the CMS's own pages ("/keystatic", "/keystatic/…") or its API ("/api/keystatic/…"). */
export function isCmsPath(path: string): boolean {
  return `${path.replace(/^\/api\//, '/')}/`.startsWith(CMS);
}

/**
 * The CMS's form for the entry in `file`, named from the site's root: "content/news/a/index.md" →
 * "/keystatic/collection/news/item/a", "content/settings/index.yaml" → "/keystatic/singleton/settings"; the CMS's start
 * for any other file. An editor's way from a page of the dev server to what needs mending.
 */
export function cmsForm(file: string): string {
  const [, folder, name] = /^content\/([^/]+)\/([^/]+?)(?:\/index)?\.[a-z]+$/.exec(file) ?? [];
  if (!folder || !name) return CMS;
  return CMS_SINGLETONS.has(folder) ? `${CMS}singleton/${folder}` : `${CMS}collection/${folder}/item/${encodeURIComponent(name)}`;
}

/**
 * The built files of every page with text to search, one of each kind of entry and the about page with the
 * committee's contacts, as a glob for Pagefind (which otherwise reads every list page only to find nothing to index
 * there: 5 s of a 10,000-entry build).
 */
export function searchablePages(): string {
  const entries = [paths.plan, paths.article, paths.story, paths.award, paths.unit, paths.document].map((entry) => entry('*').slice(1));
  return `{${[...entries, paths.about().slice(1)].join(',')}}index.html`;
}

/** The heading of a long page's contents box (ContentsBox), where a link back to the contents leads. */
export const CONTENTS_ANCHOR = 'muc-luc';

/** The heading of the box that says how to put forward an exemplary person (TellTheOffice). */
export const NOMINATE_ANCHOR = 'gioi-thieu-guong';

/** A link to the part of this page with the id `anchor`: "#muc-luc". */
export function inPage(anchor: string): string {
  return `#${anchor}`;
}

/** `path` with a `#fragment`, for links to a section of a page. */
export function withAnchor(path: string, anchor: string): string {
  return `${path}${inPage(anchor)}`;
}

/** Each network's own page for sharing the page at the absolute `url`: plain links, no script of theirs on ours. */
export const share = {
  zalo: (url: string) => `https://zalo.me/share?url=${encodeURIComponent(url)}`,
  facebook: (url: string) => `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`,
} as const;

/** A link that opens a new e-mail to `email`, with `subject` filled in when given (the office sorts its mail by it). */
export const mailTo = (email: string, subject?: string): string =>
  `mailto:${email}${subject ? `?subject=${encodeURIComponent(subject)}` : ''}`;

/** A link that rings `phone`, however written ("0237 3800 000", "(0237) 3800.000"): digits only for the dialler. */
export const telTo = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** The absolute URL of `path` on `site`, for feeds, canonical links and previews shared on Zalo or Facebook. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
