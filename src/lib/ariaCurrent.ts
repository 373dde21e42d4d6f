/**
 * How a navigation link marks where the reader is, once for the site's menus and lists of choices. A screen reader
 * says "current page" for "page", so only the link to this very page gets it. A link to the section or list this page
 * belongs to (the menu's "Tin tức" on a news item, "Tất cả" on page 2 of a list) is the current one of its choices,
 * "true": following it leads to another page.
 */
export function ariaCurrent(href: string, here: string, chosen: boolean): 'page' | 'true' | undefined {
  if (!chosen) return undefined;
  return href === here ? 'page' : 'true';
}
