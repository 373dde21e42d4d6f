import type { BrowserContext } from '@playwright/test';
import postcss from 'postcss';

/**
 * The stylesheet as a browser of before 2022 keeps it (Chrome 79–98, Safari 13 to 15.3: the last versions of many
 * phones that no longer update): it drops, whole, every block it cannot read. Cascade layers came in Chrome 99 and
 * Safari 15.4, range media queries ("width >= 40rem") in 104 and 16.4, container queries in 105 and 16, and `:is()`
 * and `:where()` in 88 and 14, where one unknown selector drops its rule.
 */
export function asOldBrowserReads(css: string): string {
  const root = postcss.parse(css);
  root.walkAtRules((rule) => {
    if (rule.name === 'layer' || rule.name === 'container' || (rule.name === 'media' && /[<>]/.test(rule.params))) rule.remove();
  });
  root.walkRules((rule) => {
    if (/:(is|where)\(/.test(rule.selector)) rule.remove();
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
