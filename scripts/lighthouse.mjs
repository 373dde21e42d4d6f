// @ts-check
// Lighthouse on one page of every type (tests/e2e/pages.ts), with its default mobile settings (a mid-range phone,
// simulated slow 4G), against the built site served as a plain static host serves it. Prints the four scores per
// page and the audits that cost points; writes scripts/results/lighthouse.json and lighthouse.md. Builds nothing:
// run `npm run build` first. Run: npm run lighthouse [-- [path/to/dist] [--runs 3]]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { PAGE_TYPES } from '../tests/e2e/pages.ts';
import { CHROMIUM_ARGS, chromiumPath } from './lib/browser.mjs';
import { serve } from './lib/serve.mjs';

const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);
const RESULTS = new URL('results/', import.meta.url);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '1' } },
});
const dist = resolve(positionals[0] ?? 'dist');
const runs = Math.max(1, Number(values.runs) || 1);
if (!existsSync(resolve(dist, 'index.html'))) {
  console.error(
    `No built site in ${dist}/. Build it first (npm run build), or name the folder: npm run lighthouse -- path/to/dist`,
  );
  process.exit(1);
}

/**
 * The audits of `category` that cost points: the weighted ones that did not score full marks.
 * @param {import('lighthouse').Result} lhr
 * @param {string} category
 */
function lostPoints(lhr, category) {
  return (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
    const audit = lhr.audits[ref.id];
    if (ref.weight === 0 || !audit || audit.score === null || audit.score === 1) return [];
    return [
      { id: ref.id, title: audit.title, score: audit.score, ...(audit.displayValue && { value: audit.displayValue }) },
    ];
  });
}

/** @typedef {ReturnType<typeof lostPoints>} Lost */

/**
 * Lighthouse `runs` times on `url`; the run with the median performance score, which is how Lighthouse's authors
 * suggest taming its variance (performance depends on what else the machine is doing).
 * @param {string} url
 * @param {number} port
 */
async function medianRun(url, port) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const lhr = (await lighthouse(url, { port, logLevel: 'error', onlyCategories: [...CATEGORIES] }))?.lhr;
    if (!lhr || lhr.runtimeError)
      return { error: lhr?.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : 'no result' };
    results.push(lhr);
  }
  results.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
  return { lhr: /** @type {import('lighthouse').Result} */ (results[Math.floor(results.length / 2)]) };
}

// Lighthouse simulates a slow phone from the CPU time it observes here: other work on this machine costs performance.
const [load = 0] = loadavg();
const site = await serve(dist);
// The browser the browser tests use.
const chromePath = chromiumPath();
const browser = execFileSync(chromePath, ['--version'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
}).trim();
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
/** @type {{ type: string, path: string, error?: string, scores?: Record<string, number>, lost?: Record<string, Lost> }[]} */
const pages = [];
let version = '';
console.log(`${'page'.padEnd(16)} perf a11y  b-p  seo`);
try {
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    const { lhr, error } = await medianRun(`${site.url}${path}`, chrome.port);
    if (!lhr) {
      // A page that will not load (a type this build lacks) is reported; the other pages are still measured.
      pages.push({ type, path, error });
      console.log(`${type.padEnd(16)} not measured: ${error}`);
      continue;
    }
    version = lhr.lighthouseVersion;
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    /** @type {Record<string, Lost>} */
    const lost = {};
    for (const category of CATEGORIES) {
      const audits = lostPoints(lhr, category);
      if (audits.length > 0) lost[category] = audits;
    }
    pages.push({ type, path, scores, lost });
    console.log(`${type.padEnd(16)} ${CATEGORIES.map((c) => String(scores[c]).padStart(4)).join('')}  ${path}`);
  }
} finally {
  chrome.kill();
  await site.close();
}

const table = [
  `| page | address | ${CATEGORIES.join(' | ')} |`,
  `|---|---|${CATEGORIES.map(() => '---:').join('|')}|`,
  ...pages.map(
    ({ type, path, scores }) => `| ${type} | \`${path}\` | ${CATEGORIES.map((c) => scores?.[c] ?? '–').join(' | ')} |`,
  ),
].join('\n');
const losses = pages.flatMap(({ type, lost, error }) => [
  ...(error ? [`- ${type}: not measured, ${error}`] : []),
  ...Object.entries(lost ?? {}).flatMap(([category, audits]) =>
    audits.map(
      (a) => `- ${type}, ${category}: \`${a.id}\` ${a.title}${a.value ? ` (${a.value})` : ''}, score ${a.score}`,
    ),
  ),
]);
const verdict = losses.length > 0 ? ['Points lost:', ...losses] : ['Every page scores 100 in every category.'];
console.log(`\n${table}\n\n${verdict.join('\n')}`);

const run = {
  date: new Date().toISOString(),
  lighthouse: version,
  browser,
  settings: 'mobile (Lighthouse defaults)',
  runs,
  loadAverage: load,
};
mkdirSync(RESULTS, { recursive: true });
writeFileSync(new URL('lighthouse.json', RESULTS), `${JSON.stringify({ ...run, pages }, null, 2)}\n`);
writeFileSync(
  new URL('lighthouse.md', RESULTS),
  [
    '# Lighthouse, mobile (default settings)',
    '',
    `Lighthouse ${version} in ${browser}, ${run.date}, median of ${runs} run(s) a page,`,
    `load average ${load.toFixed(1)} at the start:`,
    '`npm run lighthouse` against a static server of the built site (gzip, 404.html for unknown addresses).',
    '',
    table,
    '',
    ...verdict,
    '',
  ].join('\n'),
);
console.log(`\nWrote ${new URL('lighthouse.json', RESULTS).pathname} and lighthouse.md`);
