import { execFile } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { files, searchablePages } from '../lib/urls';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/**
 * Pagefind's command line, which finds the binary for this platform. Not its Node API, which writes the same index
 * (byte for byte) more slowly: at 10,000 entries, 18.0–18.7 s against 12.5–14.9 s from the command line in three
 * pairs run in turn, and the command line was faster in each of eight pairs.
 */
const PAGEFIND = fileURLToPath(new URL('runner/bin.cjs', import.meta.resolve('pagefind')));
const run = promisify(execFile);

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` in every `astro build`, so the deployable site always
 * carries a matching index (never committed, never in public/). The dev server serves the index of the last build at
 * /pagefind/, which `npm run dev` makes first.
 */
export function searchIndex(): AstroIntegration {
  let outDir = '';
  let indexing: Promise<void> | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // Pagefind starts as soon as the pages are written, and the build waits for it only in its own end-of-build
      // step: what Astro and the integrations before it still do (the sitemap, the preview pictures) runs beside it
      // instead of before it.
      'astro:build:generated': ({ dir, logger }) => {
        indexing = index(fileURLToPath(dir), logger);
        // Its failure is reported where the build waits for it; until then it is not an unhandled rejection.
        indexing.catch(() => {});
      },
      'astro:build:done': async () => {
        await indexing;
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = join(outDir, 'pagefind');
        if (!existsSync(root)) logger.warn('No search index yet: `npm run dev` builds one first; search is empty until then.');
        server.middlewares.use(files.searchIndex(), (req, res, next) => {
          const file = normalize(join(root, decodeURIComponent((req.url ?? '/').split('?')[0]!)));
          if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}

/** Runs Pagefind on the built site in `site` and logs how many pages it indexed. */
async function index(site: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const output = join(site, 'pagefind');
  const args = ['--site', site, '--glob', searchablePages(), '--force-language', 'vi', '--output-path', output, '--silent'];
  await run(process.execPath, [PAGEFIND, ...args], { maxBuffer: 2 ** 26 }).catch((error: Error & { stdout?: string; stderr?: string }) => {
    throw new Error(`Pagefind: ${(error.stderr || error.stdout || error.message).trim()}`);
  });
  // Silent, the command line does not say how many pages it indexed; the index's entry file does.
  const entry: { languages: Record<string, { page_count: number }> } = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8'));
  const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  logger.info(`indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
}
