// What each family of pages costs a build (issue 7): the full site with N synthetic entries, then the same site
// without its share pictures, without its list, tag and facet pages and unit feeds, and without both, each built with
// an empty cache, against the minimal Astro site of the same N built before and after them. Not a budget of its own:
// the figures for deciding what DESIGN.md's "at most 1.5× a bare Astro site" may cost the site map. Prints them;
// writes scripts/results/bench-families.json and .md. Run: npm run bench:families [-- 10000]
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countPages, minimalSite, PAGEFIND, timedBuild } from './lib/builds.mjs';
import { describeMachine } from './lib/machine.mjs';
import { syntheticSite } from './lib/synthetic.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
const n = Number(process.argv[2] ?? 10000);

/** What a variant leaves out: routes under src/pages/, and an integration's line in astro.config.mjs. */
const PICTURES = { routes: ['xem-truoc'], config: /^\s*previewImages\(\),\n/m };
const LISTS = {
  routes: ['tin-tuc/[...page].astro', 'tin-tuc/chuyen-muc', 'the', 'guong-dien-hinh/[...page].astro', 'guong-dien-hinh/[facet]', 'don-vi/[slug]', 'khen-thuong/[...page].astro'],
};
const VARIANTS = [
  { name: 'the whole site', leaves: [] },
  { name: 'without the share pictures', leaves: [PICTURES] },
  { name: 'without the section lists, categories, tags, story facets and unit feeds', leaves: [LISTS] },
  { name: 'without either: the entries, home, one-page lists and section feeds', leaves: [PICTURES, LISTS] },
];
// What the variants leave out is still in the site: checked before the first build, not minutes into the run.
const gone = [
  ...[...PICTURES.routes, ...LISTS.routes].filter((route) => !existsSync(join(ROOT, 'src/pages', route))).map((route) => `src/pages/${route}`),
  ...(PICTURES.config.test(readFileSync(join(ROOT, 'astro.config.mjs'), 'utf8')) ? [] : [`the line ${PICTURES.config} of astro.config.mjs`]),
];
if (gone.length > 0) throw new Error(`${gone.join(', ')}: gone from the site; update the variants in scripts/bench-families.mjs.`);

/** Removes `routes` and `config`'s line from the site copy in `dir`. */
function leaveOut(dir, { routes, config }) {
  for (const route of routes) rmSync(join(dir, 'src/pages', route), { recursive: true });
  if (!config) return;
  const file = join(dir, 'astro.config.mjs');
  writeFileSync(file, readFileSync(file, 'utf8').replace(config, ''));
}

/** The minimal site of the same N, built with an empty cache. */
async function minimalBuild(from) {
  const minimal = minimalSite(from, n);
  try {
    const built = await timedBuild(minimal.dir, PAGEFIND);
    return { buildS: built.ms / 1000, cpuS: built.cpuS, pages: countPages(join(minimal.dir, 'dist')) };
  } finally {
    minimal.remove();
  }
}

const machine = describeMachine();
console.log(`Machine: ${machine}`);
const first = syntheticSite(n);
const minimals = [];
const rows = [];
try {
  minimals.push(await minimalBuild(first.dir));
  console.log(`minimal Astro site: ${minimals[0].pages} pages in ${minimals[0].buildS.toFixed(1)} s, processor ${minimals[0].cpuS.toFixed(1)} s`);
  for (const [i, variant] of VARIANTS.entries()) {
    const site = i === 0 ? first : syntheticSite(n);
    try {
      for (const leaves of variant.leaves) leaveOut(site.dir, leaves);
      const built = await timedBuild(site.dir);
      const row = { name: variant.name, pages: countPages(join(site.dir, 'dist')), buildS: built.ms / 1000, cpuS: built.cpuS, peakMb: built.peakMb };
      rows.push(row);
      console.log(`${row.name}: ${row.pages} pages in ${row.buildS.toFixed(1)} s, processor ${row.cpuS.toFixed(1)} s`);
    } finally {
      site.remove();
    }
  }
  // Again at the end, from a new copy: the machine's speed drifts within a run, and the ratios take the mean.
  const last = syntheticSite(n);
  try {
    minimals.push(await minimalBuild(last.dir));
  } finally {
    last.remove();
  }
  console.log(`minimal Astro site again: ${minimals[1].buildS.toFixed(1)} s, processor ${minimals[1].cpuS.toFixed(1)} s`);
} finally {
  first.remove();
}

const mean = (key) => minimals.reduce((sum, m) => sum + m[key], 0) / minimals.length;
const minimal = { buildS: mean('buildS'), cpuS: mean('cpuS'), pages: minimals[0].pages, runs: minimals };
for (const row of rows) Object.assign(row, { ratio: row.buildS / minimal.buildS, cpuRatio: row.cpuS / minimal.cpuS });

mkdirSync(join(ROOT, 'scripts/results'), { recursive: true });
writeFileSync(join(ROOT, 'scripts/results/bench-families.json'), `${JSON.stringify({ machine, n, minimal, rows }, null, 2)}\n`);
const f = (x, d = 1) => x.toFixed(d);
const md = [
  `Machine: ${machine}`,
  '',
  `N = ${n} synthetic entries; every build with an empty cache. The minimal Astro site (${minimal.pages} pages) built`,
  `before and after the others: ${minimals.map((m) => `${f(m.buildS)} s`).join(' and ')} (processor ${minimals.map((m) => `${f(m.cpuS)} s`).join(' and ')}); the ratios take the mean.`,
  '',
  '| our site | pages | build | ÷ minimal | processor time | ÷ minimal | peak memory |',
  '|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.name} | ${r.pages} | ${f(r.buildS)} s | ${f(r.ratio, 2)}× | ${f(r.cpuS)} s | ${f(r.cpuRatio, 2)}× | ${f(r.peakMb, 0)} MB |`),
];
writeFileSync(join(ROOT, 'scripts/results/bench-families.md'), `${md.join('\n')}\n`);
console.log(`\n${md.join('\n')}`);
