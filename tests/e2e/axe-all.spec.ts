// DESIGN.md: zero WCAG 2.1 A/AA violations on every page in the sitemap. a11y.spec.ts checks one page of each type at
// both widths; this sweep checks every page the sitemap lists, once.
import { createRequire } from 'node:module';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type axe from 'axe-core';
import { XMLParser } from 'fast-xml-parser';

const xml = new XMLParser({ isArray: (name) => name === 'sitemap' || name === 'url' });

/** The sitemap's absolute address (on the public host) as an address of the server under test. */
const local = (loc: string) => {
  const url = new URL(loc);
  return url.pathname + url.search;
};

/** The addresses of every page in the served site's sitemap index and the sitemaps it lists. */
async function sitemapPages(request: APIRequestContext): Promise<string[]> {
  const index = await request.get('/sitemap-index.xml');
  if (!index.ok()) {
    const status = `HTTP ${index.status()}`;
    throw new Error(
      `No /sitemap-index.xml (${status}): this sweep takes its pages from the sitemap @astrojs/sitemap builds.`,
    );
  }
  const pages: string[] = [];
  for (const { loc } of xml.parse(await index.text()).sitemapindex.sitemap as { loc: string }[]) {
    const sitemap = await request.get(local(loc));
    expect(sitemap.ok(), `${loc} is listed in the sitemap index`).toBe(true);
    pages.push(...(xml.parse(await sitemap.text()).urlset.url as { loc: string }[]).map(({ loc }) => local(loc)));
  }
  return pages;
}

// In parts, so that a machine with several workers sweeps them side by side.
const PARTS = 4;

for (let part = 0; part < PARTS; part++) {
  // One sweep is enough (@once); a11y.spec.ts checks each page type at phone width.
  test(`every page in the sitemap has no WCAG 2.1 A/AA violations, part ${part + 1} of ${PARTS}`, { tag: '@once' }, async ({
    page,
    request,
  }) => {
    const all = await sitemapPages(request);
    expect(all.length, 'pages in the sitemap').toBeGreaterThan(50);
    const pages = all.filter((_, i) => i % PARTS === part);
    // A guard against a hang, not a speed target: a busy machine takes a second or two a page.
    test.setTimeout(30_000 + pages.length * 3_000);
    // axe-core itself rather than AxeBuilder (a11y.spec.ts): AxeBuilder sends axe's source twice per check and merges
    // results in a new blank page, which doubles the time of a sweep over every page. The site has no frames to reach.
    await page.addInitScript({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const options: axe.RunOptions = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } };
    const problems: string[] = [];
    // One browser page for all of them: a new page per address would cost more than the check.
    for (const path of pages) {
      const response = await page.goto(path);
      if (response?.status() !== 200) {
        problems.push(`${path}: HTTP ${response?.status()}`);
        continue;
      }
      const { violations } = await page.evaluate((o) => (window as unknown as { axe: typeof axe }).axe.run(o), options);
      for (const violation of violations) {
        problems.push(`${path}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
}
