// Every link the site makes — pages, feeds, sitemap, previews, breadcrumbs — comes from here, so a URL is
// spelled in one place. Paths are Vietnamese without diacritics and end with a slash.

/** Site-relative paths of every page type. */
export const paths = {
  home: () => '/',
  plans: () => '/ke-hoach/',
  plan: (slug: string) => `/ke-hoach/${slug}/`,
  news: () => '/tin-tuc/',
  stories: () => '/guong-dien-hinh/',
  awards: () => '/khen-thuong/',
  units: () => '/don-vi/',
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
