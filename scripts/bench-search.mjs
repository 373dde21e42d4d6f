// Search benchmark: builds the site with N synthetic entries (default 1,000 and 10,000), then prints the indexing
// time, the index size, what a resident's browser fetches to search, and how long a first and a later query take in
// Chromium. Writes scripts/results/bench-search.json and .md. Run: npm run bench:search [-- 1000 10000]
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { files, paths } from '../src/lib/urls.ts';
import { launchChromium } from './lib/browser.mjs';
import { filesUnder, indexedIn } from './lib/builds.mjs';
import { describeMachine } from './lib/machine.mjs';
import { serve } from './lib/serve.mjs';
import { syntheticSite } from './lib/synthetic.mjs';

const run = promisify(execFile);
const ROOT = new URL('../', import.meta.url).pathname;
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const NS = sizes.length > 0 ? sizes : [1000, 10000];
const QUERIES = ['thi dua', 'giai phong mat bang', 'chuyen doi so', 'dang bo'];

/** Measures search in the built site at `url`, as a resident's browser does it. */
async function measureInBrowser(url) {
  const browser = await launchChromium();
  const page = await browser.newPage();
  // Bytes over the wire, the requests of Pagefind's worker included (a CDP session on the page alone misses them).
  const sizes = [];
  page.context().on('requestfinished', (r) => sizes.push(r.sizes().then((s) => s.responseHeadersSize + s.responseBodySize)));
  const transferred = async () => (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await page.goto(`${url}${paths.search()}`, { waitUntil: 'networkidle' });
  const beforeFocus = await transferred();
  // Pagefind itself, as the page calls it: the index loads on focus (with the filters, which starts Pagefind's
  // worker), then each query and the data of its first ten results, timed inside the page.
  const timings = await page.evaluate(async ({ queries, script }) => {
    const started = performance.now();
    const pagefind = await import(`${location.origin}${script}`);
    await pagefind.options({ excerptLength: 24 });
    await pagefind.filters();
    const loadMs = performance.now() - started;
    const results = [];
    for (const query of queries) {
      const t0 = performance.now();
      const found = await pagefind.search(query);
      await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
      results.push({ query, ms: performance.now() - t0, count: found.results.length });
    }
    return { loadMs, results };
  }, { queries: QUERIES, script: files.searchIndex('pagefind.js') });
  const afterQueries = await transferred();
  // The same through the page's own interface, in a fresh page: focus the box, wait for the index, type a query as a
  // person does (a key every 100 ms) and press Enter; timed inside the page from Enter to the results on screen
  // (phrase matches first, excerpts marked, then the status line). Without Enter the page searches by itself 250 ms
  // after the last key.
  await page.goto(`${url}${paths.search()}`, { waitUntil: 'networkidle' });
  const box = page.getByRole('searchbox', { name: 'Từ cần tìm' });
  await box.focus();
  await page.locator('#bo-loc').waitFor();
  // The two moments are kept on the page's root element, as text.
  await page.evaluate(() => {
    const status = document.querySelector('[role="status"]');
    const clock = document.documentElement.dataset;
    document.addEventListener('keydown', (e) => e.key === 'Enter' && (clock.key = String(performance.now())), true);
    new MutationObserver(() => status?.textContent?.includes('kết quả') && (clock.shown = String(performance.now()))).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  const shown = [];
  for (const query of QUERIES) {
    await box.clear();
    await box.pressSequentially(query, { delay: 100 });
    await box.press('Enter');
    await page.getByRole('status').filter({ hasText: `kết quả cho “${query}”` }).waitFor();
    const { key, shown: at } = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    shown.push({ query, ms: Math.round(Number(at) - Number(key)) });
  }
  await browser.close();
  return { pageBytes: beforeFocus, searchBytes: afterQueries - beforeFocus, ...timings, shown };
}

const rows = [];
const machine = describeMachine();
console.log(`Machine: ${machine}`);
for (const n of NS) {
  const site = syntheticSite(n);
  try {
    const env = { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`, NO_COLOR: '1' };
    const t0 = Date.now();
    const { stdout } = await run('astro', ['build'], { cwd: site.dir, env, maxBuffer: 200_000_000 });
    const buildMs = Date.now() - t0;
    const indexed = indexedIn(stdout);
    const index = filesUnder(join(site.dir, 'dist', files.searchIndex()));
    const server = await serve(join(site.dir, 'dist'));
    const browser = await measureInBrowser(server.url);
    await server.close();
    const row = {
      n,
      pagesIndexed: indexed.pages,
      indexingMs: indexed.ms,
      buildMs,
      indexBytes: index.bytes,
      indexFiles: index.files,
      ...browser,
    };
    rows.push(row);
    console.log(
      `N=${n}: indexed ${row.pagesIndexed} pages in ${row.indexingMs} ms (whole build ${(buildMs / 1000).toFixed(1)} s); ` +
        `index ${(row.indexBytes / 1e6).toFixed(2)} MB in ${row.indexFiles} files; search page ${(row.pageBytes / 1024).toFixed(1)} KB, ` +
        `index load ${(row.searchBytes / 1024).toFixed(1)} KB fetched for 4 queries; load ${row.loadMs.toFixed(0)} ms; ` +
        `queries ${row.results.map((r) => `"${r.query}" ${r.ms.toFixed(0)} ms (${r.count})`).join(', ')}; ` +
        `Enter to results on screen ${row.shown.map((r) => `${r.ms} ms`).join(' / ')}`,
    );
  } finally {
    site.remove();
  }
}

mkdirSync(join(ROOT, 'scripts/results'), { recursive: true });
writeFileSync(join(ROOT, 'scripts/results/bench-search.json'), `${JSON.stringify({ machine, rows }, null, 2)}\n`);
const md = [
  `Machine: ${machine}`,
  '',
  `Queries: ${QUERIES.map((q) => `"${q}"`).join(', ')}; a query's time includes the data of its first ten results.`,
  '',
  '| N | pages indexed | indexing | index size | files | search page | fetched for 4 queries | index load | first query | later queries | Enter → on screen (each query) |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.n} | ${r.pagesIndexed} | ${(r.indexingMs / 1000).toFixed(1)} s | ${(r.indexBytes / 1e6).toFixed(2)} MB | ${r.indexFiles} | ${(r.pageBytes / 1024).toFixed(1)} KB | ${(r.searchBytes / 1024).toFixed(1)} KB | ${r.loadMs.toFixed(0)} ms | ${r.results[0].ms.toFixed(0)} ms | ${r.results.slice(1).map((x) => x.ms.toFixed(0)).join(' / ')} ms | ${r.shown.map((x) => x.ms).join(' / ')} ms |`,
  ),
];
writeFileSync(join(ROOT, 'scripts/results/bench-search.md'), `${md.join('\n')}\n`);
console.log(`\n${md.join('\n')}`);
