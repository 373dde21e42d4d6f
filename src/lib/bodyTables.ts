import type { HastPluginEntry } from 'satteri';
import { t } from '../i18n/t';

/**
 * Puts each table of an entry's text in a box of its own that scrolls sideways: a table of units and figures is wider
 * than a phone, and took the whole page sideways with it, header and all. The box is a named section (a region) that
 * takes the keyboard's focus, so that it can be scrolled without a mouse (axe: scrollable-region-focusable). Its name
 * only says it is a table: a screen reader hears it, and has no use for how to swipe one.
 */
export const bodyTables: HastPluginEntry = () => ({
  name: 'body-tables',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      ctx.wrapNode(node, {
        type: 'element',
        tagName: 'section',
        properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: t('body.table') },
        children: [],
      });
    },
  },
});
