import type { HastNode, HastPluginEntry } from 'satteri';
import { t } from '../i18n/t';

type Element = Extract<HastNode, { type: 'element' }>;

/** The element children of `node`, of `tagName` if given. */
const elements = (node: Readonly<HastNode>, tagName?: string): Element[] =>
  ('children' in node ? (node.children as HastNode[]) : []).filter((child): child is Element => child.type === 'element' && (!tagName || child.tagName === tagName));

/**
 * Puts each table of an entry's text in a box of its own that scrolls sideways: a table of units and figures is wider
 * than a phone, and took the whole page sideways with it, header and all. The box is a named section (a region) that
 * takes the keyboard's focus, so that it can be scrolled without a mouse (axe: scrollable-region-focusable). Its name
 * only says it is a table: a screen reader hears it, and has no use for how to swipe one.
 *
 * A first column of names ("Thôn Đồng Xá") heads its rows, which Markdown cannot say: a screen reader moving down the
 * "Đã hoàn thành" column then hears whose figure each one is. Only when every one of its cells has a letter: a column
 * numbering the rows (STT, even with a last row "Tổng cộng") or with an empty cell names no row, and stays data.
 */
export const bodyTables: HastPluginEntry = () => ({
  name: 'body-tables',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      const rows = elements(node, 'tbody').flatMap((body) => elements(body, 'tr').map((row) => elements(row)));
      if (rows.every((cells) => cells.length > 1 && cells[0]!.tagName === 'td')) {
        const names = rows.map((cells) => cells[0]!);
        if (names.every((cell) => /\p{L}/u.test(ctx.textContent(cell)))) {
          for (const cell of names) ctx.replaceNode(cell, { ...cell, tagName: 'th', properties: { ...cell.properties, scope: 'row' } });
          // With headers both ways, each says which way it heads (html-validate: wcag/h63).
          for (const head of elements(node, 'thead').flatMap((part) => elements(part, 'tr').flatMap((row) => elements(row, 'th')))) {
            ctx.setProperty(head, 'scope', 'col');
          }
        }
      }
      ctx.wrapNode(node, {
        type: 'element',
        tagName: 'section',
        properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: t('body.table') },
        children: [],
      });
    },
  },
});
