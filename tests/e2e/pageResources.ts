import { parseSrcset } from 'srcset';
import { ELEMENT_NODE, parse, TEXT_NODE, walkSync } from 'ultrahtml';

/** A file the browser fetches to show a page. */
export interface PageResource {
  /** The address as the page writes it, not yet resolved. */
  url: string;
  /** What in the page asks for it, for messages: `script[src]`, `link[rel=icon]`, `img[srcset]`, `style url()`. */
  by: string;
  /** JavaScript the browser runs or prepares to run: a script file, or a preload of one. */
  script: boolean;
}

/** Attributes that make an element fetch a file. */
const FETCHING: Record<string, string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  image: ['href', 'xlink:href'],
};

/** `<link rel>` values that fetch or connect; the others (canonical, alternate, author…) only name an address. */
const FETCHING_RELS = new Set([
  'stylesheet',
  'icon',
  'apple-touch-icon',
  'mask-icon',
  'manifest',
  'preload',
  'modulepreload',
  'prefetch',
  'preconnect',
  'dns-prefetch',
]);

const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]+))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g;

/** Every address a stylesheet fetches: its `url()` values and `@import`s. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(CSS_URL)].map((match) => match.slice(1).find((group) => group !== undefined) ?? '');
}

/**
 * Every file a browser fetches to show the page `html`: script files, stylesheets, icons, preloads, images and each
 * `srcset` candidate, media, frames, and the `url()`s of its inline CSS. Links a reader follows (`<a href>`, the
 * canonical address, feeds) are not resources.
 */
export function pageResources(html: string): PageResource[] {
  const found: PageResource[] = [];
  walkSync(parse(html), (node) => {
    if (node.type === TEXT_NODE && node.parent.type === ELEMENT_NODE && node.parent.name === 'style') {
      for (const url of cssUrls(node.value)) found.push({ url, by: 'style url()', script: false });
    }
    if (node.type !== ELEMENT_NODE) return;
    const name = node.name.toLowerCase();
    const attributes: Record<string, string> = node.attributes;
    if (attributes.style) {
      for (const url of cssUrls(attributes.style)) found.push({ url, by: `${name}[style] url()`, script: false });
    }
    if (name === 'link' && attributes.href) {
      const rels = (attributes.rel ?? '')
        .toLowerCase()
        .split(/\s+/)
        .filter((rel) => FETCHING_RELS.has(rel));
      if (rels.length === 0) return;
      const script = rels.includes('modulepreload') || (rels.includes('preload') && attributes.as === 'script');
      found.push({ url: attributes.href.trim(), by: `link[rel=${rels.join(' ')}]`, script });
      return;
    }
    // Only an image button fetches its `src`.
    if (name === 'input' && attributes.type?.toLowerCase() !== 'image') return;
    for (const attribute of FETCHING[name] ?? []) {
      const value = attributes[attribute];
      if (!value) continue;
      const urls = attribute === 'srcset' ? parseSrcset(value).map((candidate) => candidate.url) : [value.trim()];
      for (const url of urls) found.push({ url, by: `${name}[${attribute}]`, script: name === 'script' });
    }
  });
  return found;
}

/** The inline scripts the page `html` runs, each with its code: not a script file, nor structured data (JSON-LD). */
export function inlineScripts(html: string): { code: string; module: boolean }[] {
  const found: { code: string; module: boolean }[] = [];
  walkSync(parse(html), (node) => {
    if (node.type !== ELEMENT_NODE || node.name !== 'script' || node.attributes.src || node.attributes.type === 'application/ld+json') return;
    found.push({ code: node.children.map((child) => child.value ?? '').join(''), module: node.attributes.type === 'module' });
  });
  return found;
}
