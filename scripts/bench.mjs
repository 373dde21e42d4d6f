// Build benchmark: the full site with N synthetic entries against a minimal Astro site with the same articles, in
// the same run, each built twice: first with an empty cache (a new machine), then again after one news item is
// edited (an editor publishing, on a host that keeps node_modules/ between builds). Prints build time, peak memory,
// pages per second, search indexing time and size, and the size of each page type; writes scripts/results/bench.json
// and bench.md. Run: npm run bench [-- 1000 10000]
import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { countPages, filesUnder, indexedIn, minimalSite, PAGEFIND, timedBuild } from './lib/builds.mjs';
import { PAGE_TYPES } from '../tests/e2e/pages.ts';
import { describeMachine } from './lib/machine.mjs';
import { syntheticSite } from './lib/synthetic.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const NS = sizes.length > 0 ? sizes : [1000, 10000];

/** What an editor does between two builds: one more paragraph in one news item. */
const editOneEntry = (dir) =>
  appendFileSync(join(dir, 'content/news/tin-bench-1/index.md'), '\nBài viết được cập nhật thêm thông tin mới từ thôn.\n');

/** What one page costs a resident: its HTML (CSS is inlined), script and image files, raw and gzipped. */
function pageWeight(dist, path) {
  const html = readFileSync(join(dist, path, 'index.html'));
  const text = html.toString();
  const local = (re) => [...text.matchAll(re)].map((m) => m[1]).filter((u) => u.startsWith('/') && !u.startsWith('//'));
  const scripts = local(/<script[^>]+src="([^"]+)"/g);
  // The browser picks one candidate from srcset: count the smallest, as a phone on a slow network would.
  const images = [...text.matchAll(/<img[^>]*?(?:srcset="([^"]+)"|src="([^"]+)")/g)].map((m) => (m[1] ? m[1].split(',')[0].trim().split(' ')[0] : m[2]));
  const size = (urls) => urls.filter((u) => u?.startsWith('/')).reduce((sum, u) => sum + (existsSync(join(dist, u)) ? statSync(join(dist, u)).size : 0), 0);
  const css = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  return {
    htmlKb: html.length / 1024,
    htmlGzipKb: gzipSync(html).length / 1024,
    inlineCssKb: Buffer.byteLength(css) / 1024,
    inlineCssGzipKb: gzipSync(css).length / 1024,
    jsKb: size(scripts) / 1024,
    imagesKb: size(images) / 1024,
  };
}

const machine = describeMachine();
console.log(`Machine: ${machine}`);
const rows = [];
for (const n of NS) {
  const site = syntheticSite(n);
  const minimal = minimalSite(site.dir, n);
  try {
    const ours = await timedBuild(site.dir);
    const dist = join(site.dir, 'dist');
    const pages = countPages(dist);
    const indexed = indexedIn(ours.output);
    const bare = await timedBuild(minimal.dir, PAGEFIND);
    editOneEntry(site.dir);
    const oursAgain = await timedBuild(site.dir);
    editOneEntry(minimal.dir);
    const bareAgain = await timedBuild(minimal.dir, PAGEFIND);
    // One page of each type, the one the browser tests and Lighthouse visit (the search page without its query).
    const weigh = (type) => pageWeight(dist, PAGE_TYPES[type].split('?')[0]);
    const types = {
      home: weigh('home'),
      plan: weigh('plan'),
      newsList: weigh('news'),
      article: weigh('article'),
      story: weigh('story'),
      award: weigh('award'),
      honorRoll: weigh('awards'),
      unit: weigh('unit'),
      document: weigh('document'),
      search: weigh('search'),
    };
    const row = {
      n,
      entries: site.counts,
      pages,
      buildS: ours.ms / 1000,
      cpuS: ours.cpuS,
      peakMb: ours.peakMb,
      pagesPerS: pages / (ours.ms / 1000),
      indexingS: indexed.ms / 1000,
      indexMb: filesUnder(join(dist, 'pagefind')).bytes / 1e6,
      imagesMb: filesUnder(join(dist, '_astro'), ['.webp', '.jpg', '.png']).bytes / 1e6,
      fontsKb: filesUnder(join(dist, '_astro'), ['.woff2']).bytes / 1024,
      rebuildS: oursAgain.ms / 1000,
      minimal: { buildS: bare.ms / 1000, cpuS: bare.cpuS, rebuildS: bareAgain.ms / 1000, peakMb: bare.peakMb, pages: countPages(join(minimal.dir, 'dist')) },
      ratio: ours.ms / bare.ms,
      cpuRatio: ours.cpuS / bare.cpuS,
      rebuildRatio: oursAgain.ms / bareAgain.ms,
      types,
    };
    rows.push(row);
    console.log(
      `N=${n}: ${pages} pages in ${row.buildS.toFixed(1)} s (${row.pagesPerS.toFixed(0)} pages/s, peak ${row.peakMb.toFixed(0)} MB), ` +
        `search index ${row.indexingS.toFixed(1)} s / ${row.indexMb.toFixed(1)} MB; minimal Astro site ${row.minimal.pages} pages in ` +
        `${row.minimal.buildS.toFixed(1)} s (peak ${row.minimal.peakMb.toFixed(0)} MB): ours costs ${row.ratio.toFixed(2)}×; ` +
        `processor time ${row.cpuS.toFixed(1)} s against ${row.minimal.cpuS.toFixed(1)} s: ${row.cpuRatio.toFixed(2)}×; ` +
        `after one edit ${row.rebuildS.toFixed(1)} s against ${row.minimal.rebuildS.toFixed(1)} s: ${row.rebuildRatio.toFixed(2)}×`,
    );
  } finally {
    site.remove();
    minimal.remove();
  }
}

mkdirSync(join(ROOT, 'scripts/results'), { recursive: true });
writeFileSync(join(ROOT, 'scripts/results/bench.json'), `${JSON.stringify({ machine, rows }, null, 2)}\n`);
const f = (x, d = 1) => x.toFixed(d);
const md = [
  `Machine: ${machine}`,
  '',
  'First build: empty cache. Rebuild: the same site again after one news item is edited, its cache kept. Processor',
  'time: user + system of every process of the first build; on two cores a build takes at least half of it.',
  '',
  '| N entries | pages | first build | pages/s | peak memory | search index | index size | minimal Astro (same N) | ours ÷ minimal | processor time, ours / minimal | rebuild | minimal rebuild | ours ÷ minimal |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.n} | ${r.pages} | ${f(r.buildS)} s | ${f(r.pagesPerS, 0)} | ${f(r.peakMb, 0)} MB | ${f(r.indexingS)} s | ${f(r.indexMb)} MB | ${f(r.minimal.buildS)} s, ${f(r.minimal.peakMb, 0)} MB | ${f(r.ratio, 2)}× | ${f(r.cpuS)} s / ${f(r.minimal.cpuS)} s = ${f(r.cpuRatio, 2)}× | ${f(r.rebuildS)} s | ${f(r.minimal.rebuildS)} s | ${f(r.rebuildRatio, 2)}× |`,
  ),
  '',
  `Page weights at N=${rows.at(-1).n} (KB; CSS is inlined in the HTML; images: the smallest candidate of each):`,
  '',
  '| page type | HTML | HTML gzip | of which CSS | CSS gzip | JS files | images |',
  '|---|---|---|---|---|---|---|',
  ...Object.entries(rows.at(-1).types).map(
    ([type, w]) => `| ${type} | ${f(w.htmlKb)} | ${f(w.htmlGzipKb)} | ${f(w.inlineCssKb)} | ${f(w.inlineCssGzipKb)} | ${f(w.jsKb)} | ${f(w.imagesKb)} |`,
  ),
  '',
  `Fonts (woff2, 400 + 700, each one file with the Latin and Vietnamese letters): ${f(rows.at(-1).fontsKb)} KB in all, which every page preloads.`,
];
writeFileSync(join(ROOT, 'scripts/results/bench.md'), `${md.join('\n')}\n`);
console.log(`\n${md.join('\n')}`);
