// Building a benchmark's sites: ours under GNU time, and the minimal Astro site DESIGN.md measures ours against.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { linkPackages } from './synthetic.mjs';

const run = promisify(execFile);
const BIN = new URL('../../node_modules/.bin', import.meta.url).pathname;

/** Pagefind over the minimal site's pages, as DESIGN.md's bare site was indexed (ours indexes in its build). */
export const PAGEFIND = 'pagefind --site dist --silent';

/**
 * Runs `astro build` (and `extra` after it) in `dir` under GNU time: wall time, processor time (user + system, of
 * every process it ran), peak memory, its output. Processor time does not depend on how well a build kept both cores
 * busy, and two cores take at least half of it. Node's compile cache, which Astro turns on outside CI, is the site's
 * own: by default it is one folder in /tmp for every build, so a "first" build of the same synthetic content found
 * its modules compiled by an earlier run, the content store among them (seconds of a 10,000-entry build).
 */
export async function timedBuild(dir, extra = '') {
  const env = {
    ...process.env,
    PATH: `${BIN}:${process.env.PATH}`,
    NO_COLOR: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_COMPILE_CACHE: join(dir, 'node_modules/.cache/node-compile'),
  };
  const script = `astro build${extra ? ` && ${extra}` : ''}`;
  const started = Date.now();
  const { stdout, stderr } = await run('/usr/bin/time', ['-f', 'PEAK_KB %M CPU_S %U %S', 'sh', '-c', script], { cwd: dir, env, maxBuffer: 500_000_000 });
  const [, peakKb, user, system] = stderr.match(/PEAK_KB (\d+) CPU_S ([\d.]+) ([\d.]+)/) ?? [];
  return { ms: Date.now() - started, peakMb: Number(peakKb) / 1024, cpuS: Number(user) + Number(system), output: stdout + stderr };
}

/** Total size and count of the files under `dir` whose names end with one of `ends` (every file, by default). */
export function filesUnder(dir, ends = ['']) {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    const stat = statSync(join(dir, String(name)));
    if (ends.some((end) => String(name).endsWith(end)) && stat.isFile()) {
      bytes += stat.size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** The pages Pagefind indexed and the milliseconds it took, from a build's output (src/integrations/searchIndex.ts). */
export function indexedIn(output) {
  const match = output.match(/indexed (\d+) pages in (\d+) ms/);
  return { pages: Number(match?.[1]), ms: Number(match?.[2]) };
}

/** Number of HTML pages under `dir`. */
export const countPages = (dir) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;

/**
 * A minimal Astro site of the same N (DESIGN.md's bare site): one Markdown article per synthetic entry, one
 * collection, one page template, Tailwind, RSS, Pagefind. The news and stories are copied as they are; a reward
 * decision, which the full site keeps as data, becomes an article of its title and reason.
 */
export function minimalSite(from, n) {
  const dir = mkdtempSync(join(tmpdir(), `ha-trung-minimal-${n}-`));
  linkPackages(dir);
  mkdirSync(join(dir, 'src/pages/posts'), { recursive: true });
  mkdirSync(join(dir, 'src/content'), { recursive: true });
  for (const kind of ['news', 'stories']) cpSync(join(from, 'content', kind), join(dir, 'content', kind), { recursive: true });
  for (const file of readdirSync(join(from, 'content/awards')).filter((f) => f.endsWith('.yaml'))) {
    const { title, issuedAt, reason } = parse(readFileSync(join(from, 'content/awards', file), 'utf8'));
    const folder = join(dir, 'content/awards', file.replace(/\.yaml$/, ''));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.md'), `---\ntitle: ${JSON.stringify(title)}\npublishedAt: ${issuedAt}\n---\n\n${reason}\n`);
  }
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import tailwindcss from '@tailwindcss/vite';\nexport default { site: 'https://example.vn', vite: { plugins: [tailwindcss()] } };\n",
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { posts: defineCollection({ loader: glob({ base: './content', pattern: '*/*/index.md' }) }) };\n",
  );
  writeFileSync(join(dir, 'src/style.css'), "@import 'tailwindcss';\n");
  writeFileSync(
    join(dir, 'src/pages/posts/[...id].astro'),
    "---\nimport '../../style.css';\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('posts')).map((post) => ({ params: { id: post.id }, props: { post } })); }\nconst { post } = Astro.props;\nconst { Content } = await render(post);\n---\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>{post.data.title}</title></head><body><main data-pagefind-body><h1 class=\"text-2xl\">{post.data.title}</h1><Content /></main></body></html>\n",
  );
  writeFileSync(
    join(dir, 'src/pages/rss.xml.js'),
    "import rss from '@astrojs/rss';\nimport { getCollection } from 'astro:content';\nexport async function GET(context) { const posts = await getCollection('posts'); return rss({ title: 'x', description: 'x', site: context.site, items: posts.slice(0, 50).map((p) => ({ title: p.data.title, link: `/posts/${p.id}/`, pubDate: new Date(p.data.publishedAt) })) }); }\n",
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
