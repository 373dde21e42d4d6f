// Every link the site makes — pages, feeds, sitemap, previews, breadcrumbs — comes from here, so a URL is
// spelled in one place. Paths are Vietnamese without diacritics and end with a slash.

/** The ways residents can narrow the exemplary stories, as URL segments. */
export type StoryFacet = 'doi-tuong' | 'don-vi' | 'linh-vuc' | 'nam';

/** Site-relative paths of every page type. */
export const paths = {
  home: () => '/',
  plans: () => '/ke-hoach/',
  plan: (slug: string) => `/ke-hoach/${slug}/`,
  news: () => '/tin-tuc/',
  /** Page `n` of the news list; page 1 is the list itself. */
  newsPage: (n: number) => (n <= 1 ? '/tin-tuc/' : `/tin-tuc/trang/${n}/`),
  article: (slug: string) => `/tin-tuc/${slug}/`,
  category: (category: string) => `/tin-tuc/chuyen-muc/${category}/`,
  tag: (tagSlug: string) => `/the/${tagSlug}/`,
  stories: () => '/guong-dien-hinh/',
  story: (slug: string) => `/guong-dien-hinh/${slug}/`,
  /** Stories narrowed by one facet: kind of subject, unit, field or year. */
  storiesBy: (facet: StoryFacet, value: string | number) => `/guong-dien-hinh/${facet}/${value}/`,
  awards: () => '/khen-thuong/',
  award: (slug: string) => `/khen-thuong/${slug}/`,
  units: () => '/don-vi/',
  unit: (slug: string) => `/don-vi/${slug}/`,
  documents: () => '/van-ban/',
  document: (slug: string) => `/van-ban/${slug}/`,
  search: () => '/tim-kiem/',
  about: () => '/gioi-thieu/',
  english: () => '/en/',
} as const;

/** `path` with a `#fragment`, for links to a section of a page. */
export function withAnchor(path: string, anchor: string): string {
  return `${path}#${anchor}`;
}

/** The absolute URL of `path` on `site`, for feeds, canonical links and previews shared on Zalo or Facebook. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
