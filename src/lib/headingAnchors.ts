import type { HastPluginEntry } from 'satteri';
import { slugify } from './slugify';

/**
 * Gives every heading of a Markdown/MDX body an ASCII anchor made by `slugify` ("I. MỤC ĐÍCH, YÊU CẦU" →
 * "i-muc-dich-yeu-cau"), numbered on repeats. Astro's own anchors keep the diacritics, which turn into
 * %-escapes in links residents share; Astro keeps an id that is already set, so its table of contents follows ours.
 */
export const headingAnchors: HastPluginEntry = () => {
  const seen = new Map<string, number>();
  return {
    name: 'ascii-heading-anchors',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (typeof node.properties?.id === 'string') return;
        const base = slugify(ctx.textContent(node)) || 'muc';
        const count = seen.get(base) ?? 0;
        seen.set(base, count + 1);
        ctx.setProperty(node, 'id', count === 0 ? base : `${base}-${count}`);
      },
    },
  };
};
