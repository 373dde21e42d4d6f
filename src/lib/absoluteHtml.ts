import { ELEMENT_NODE, parse, renderSync, walkSync } from 'ultrahtml';

/** Attributes whose value is one address. */
const SINGLE = ['href', 'src', 'poster', 'cite'];

/**
 * `html` with every link and image address resolved against `base`, the absolute address of the page it comes
 * from: a feed reader shows it away from the site, where "/tin-tuc/…", "cover.webp" or "#muc-2" lead nowhere.
 */
export function absoluteHtml(html: string, base: string): string {
  const tree = parse(html);
  walkSync(tree, (node) => {
    if (node.type !== ELEMENT_NODE) return;
    const attributes: Record<string, string> = node.attributes;
    for (const name of SINGLE) {
      const value = attributes[name];
      if (value !== undefined) attributes[name] = new URL(value.trim(), base).href;
    }
    if (attributes.srcset !== undefined) {
      // "a.webp 400w, b.webp 800w": each candidate is an address, then an optional width or density.
      attributes.srcset = attributes.srcset
        .split(',')
        .map((candidate) => {
          const [address = '', ...descriptor] = candidate.trim().split(/\s+/);
          return [new URL(address, base).href, ...descriptor].join(' ');
        })
        .join(', ');
    }
  });
  return renderSync(tree);
}
