// The built site on disk, for the checks that read its files rather than drive a browser (gates.spec.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { expect, type TestInfo } from '@playwright/test';
import { parse } from 'yaml';

/** A file of the built site and the address it is served at. */
export interface BuiltFile {
  /** The address: '/', '/tin-tuc/', '/404.html', '/_astro/x.css'. */
  path: string;
  /** Where it is on disk. */
  file: string;
}

/** The public address of the site, where editors set it: every absolute link the build writes starts with it. */
export const siteUrl = new URL(
  parse(readFileSync(new URL('../../content/settings/index.yaml', import.meta.url), 'utf8')).siteUrl,
);

/**
 * The folder of the built site that the tests serve: `metadata.dist` in the Playwright config, whose web server
 * builds it before any test runs. Fails, saying so, when there is no build there.
 */
export function distDir(testInfo: TestInfo): string {
  const { metadata, configFile = '' } = testInfo.config;
  if (typeof metadata.dist !== 'string')
    throw new Error('The Playwright config names no built site: set `metadata.dist`.');
  // Relative to the config file, as Playwright's own paths are.
  const dist = resolve(dirname(configFile), metadata.dist);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`No built site in ${dist}/: run \`npm run build\` first.`);
  return dist;
}

/** Every file of the built site at `dist` whose name ends with `extension`, by address (index.html: its folder's). */
export function builtFiles(dist: string, extension: string): BuiltFile[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((name) => ({
      path: `/${name.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'),
      file: join(dist, name),
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The file of the built site at `dist` that serves `path`, as a static host does (a folder: its index.html). */
export function fileFor(dist: string, path: string): string {
  const { pathname } = new URL(path, siteUrl);
  return join(dist, ...decodeURIComponent(pathname).split('/'), ...(pathname.endsWith('/') ? ['index.html'] : []));
}

/**
 * Every HTML page of the built site at `dist`, and a check that they are the site: a gate that read no page, or
 * only some, would pass whatever the pages hold. Fails unless every page its sitemap lists is among them, and every
 * page but the 404 page is in its sitemap: the sweep of axe-all.spec.ts visits the sitemap's pages.
 */
export function builtPages(dist: string): BuiltFile[] {
  const pages = builtFiles(dist, '.html');
  /** The addresses a sitemap file of the built site lists, as paths (decoded, as the files' names are). */
  const locs = (path: string) =>
    [...readFileSync(fileFor(dist, path), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => decodeURIComponent(new URL(loc!).pathname));
  const listed = locs('/sitemap-index.xml').flatMap(locs);
  expect(listed.length, 'pages in the sitemap').toBeGreaterThan(50);
  const read = new Set(pages.map((page) => page.path));
  expect(listed.filter((path) => !read.has(path)), 'pages in the sitemap with no file').toEqual([]);
  const inSitemap = new Set(listed);
  expect(pages.filter(({ path }) => path !== '/404.html' && !inSitemap.has(path)).map(({ path }) => path), 'pages not in the sitemap').toEqual([]);
  return pages;
}
