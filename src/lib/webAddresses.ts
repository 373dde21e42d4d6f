// What an email or a site address must look like, in one place for the schema (src/content.config.ts) and the CMS
// (keystatic.config.ts): when each checked in its own way, the CMS saved addresses the build then stopped at.

/** An email address: zod's own pattern (ASCII, a dotted domain), which `z.email` applies by default. */
export const EMAIL = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/** A site's address: http(s) and a dotted host name, nothing after it but a slash (the site is served at its root). */
export const SITE_URL = /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}\/?$/i;

/**
 * A page elsewhere (a document's official text, the commune's Facebook page): http(s), a dotted host name, an optional
 * port, then any path. Not "www.chinhphu.vn" (no scheme) nor "http://localhost:3000/x" or "C:\\van-ban.pdf", links
 * that would be dead for every resident.
 */
export const WEB_PAGE = /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(?::\d{1,5})?(?:[/?#][^\s]*)?$/i;

/** The kinds of address a link in a text may have; one with none ("../tin-khac/", "#muc-2") is the site's own. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * A link's scheme as a browser reads it, lower case, or '' for none: it drops the spaces and control characters
 * before an address, and tabs and line breaks within it ("java\tscript:" is "javascript:").
 */
export const schemeOf = (href: string) =>
  /^([a-z][a-z0-9+.-]*):/i.exec(href.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, ''))?.[1]?.toLowerCase() ?? '';

/** Whether a link in a text leads to a page, a mail or a call, rather than runs code ("javascript:…", "data:…"). */
export const isTextLink = (href: string) => {
  const scheme = schemeOf(href);
  return !scheme || LINK_SCHEMES.has(scheme);
};
