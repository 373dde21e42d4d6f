import type { BrowserContext } from '@playwright/test';
import postcss from 'postcss';

/**
 * The stylesheet as the oldest browsers the site is written for keep it, Chrome 88–98 (Android 5's last is 95): they
 * drop, whole, every block they cannot read or whose condition fails. Cascade layers came in Chrome 99, range media
 * queries ("width >= 40rem") in 104, container queries in 105, and what the stylesheet asks of `@supports`
 * (color-mix(), lab colours, `::details-content`) later still. Safari 14.1–15.3 reads it much the same.
 */
export function asOldBrowserReads(css: string): string {
  const root = postcss.parse(css);
  root.walkAtRules((rule) => {
    const dropped = ['layer', 'container', 'supports'].includes(rule.name) || (rule.name === 'media' && /[<>]/.test(rule.params));
    if (dropped) rule.remove();
  });
  return root.toString();
}

/** Every page `context` opens comes with its inline stylesheets as such a browser keeps them. */
export async function readAsOldBrowser(context: BrowserContext): Promise<void> {
  await context.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const html = (await response.text()).replace(
      /(<style[^>]*>)([\s\S]*?)(<\/style>)/g,
      (_, open: string, css: string, close: string) => open + asOldBrowserReads(css) + close,
    );
    await route.fulfill({ response, body: html });
  });
}
