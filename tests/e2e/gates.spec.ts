// Quality gates over the built files in dist/ (DESIGN.md, "Budgets"): links, valid HTML, scripts, weight, hosts.
// They read files, not a browser, so they run once (@once: playwright.config.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import * as acorn from 'acorn';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { check, LinkState } from 'linkinator';
import { parseSrcset } from 'srcset';
import { ELEMENT_NODE, parse, TEXT_NODE, walkSync } from 'ultrahtml';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { freePort } from '../../scripts/lib/serve.mjs';
import { cssUrls, inlineScripts, pageResources } from './pageResources';
import { paths } from '../../src/lib/urls';
import { builtFiles, builtPages, distDir, fileFor, siteUrl } from './builtSite';
import { PAGE_TYPES } from './pages';

/** DESIGN.md: an article page without photos, HTML + CSS compressed. */
const ARTICLE_BUDGET = 30 * 1024;
/** DESIGN.md: a lead photo, through Astro's image pipeline. */
const LEAD_PHOTO_BUDGET = 200 * 1024;
/** A photo's file, as an editor uploads it or as the site serves it. */
const PHOTO = /\.(jpe?g|png|webp|avif|gif|heic)$/i;

/** Whether `url`, written in a file served at `path`, is fetched from a host other than the site's. */
function isForeign(url: string, path: string): boolean {
  const resolved = new URL(url, new URL(path, siteUrl));
  return (resolved.protocol === 'http:' || resolved.protocol === 'https:') && resolved.origin !== siteUrl.origin;
}

test('every internal link, image and #fragment on every page leads to a file of the site', { tag: '@once' }, async ({}, testInfo) => {
  const dist = distDir(testInfo);
  const port = await freePort();
  const local = `http://127.0.0.1:${port}`;
  const { links } = await check({
    serverRoot: dist,
    path: '**/*.html',
    port,
    checkFragments: true,
    checkCss: true,
    // The site's absolute addresses (canonical, Open Graph, JSON-LD, feeds) must lead to built files too.
    urlRewriteExpressions: [
      { pattern: new RegExp(`^${siteUrl.origin.replaceAll('.', '\\.')}(?=/)`), replacement: local },
    ],
    // Other sites (Zalo, Facebook) are never fetched, nor mailto: and tel:: the check runs offline.
    linksToSkip: async (link) => !link.startsWith(`${local}/`) && !link.startsWith(`${siteUrl.origin}/`),
  });
  const broken = links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => {
      // A missing #id is reported with the status of its page, 200.
      const why = link.url.includes('#') && link.status === 200 ? 'no such id there' : `HTTP ${link.status}`;
      return `${link.parent} → ${link.url}: ${why}`;
    });
  expect(broken).toEqual([]);
  // The check really ran: a skip rule that skipped everything would pass it too.
  expect(links.filter((link) => link.state === LinkState.OK).length).toBeGreaterThan(100);
});

test('every page is valid HTML', { tag: '@once' }, async ({}, testInfo) => {
  const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig));
  const errors: string[] = [];
  for (const page of builtPages(distDir(testInfo))) {
    const report = await validator.validateFile(page.file);
    for (const { messages } of report.results) {
      for (const message of messages)
        errors.push(`${page.path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  expect(errors).toEqual([]);
});

/** The text of a page's <title> and its description, as search engines and shared links show them. */
function titleAndDescription(html: string): { title: string; description: string } {
  let title = '';
  let description = '';
  walkSync(parse(html), (node) => {
    // The document's title, not an inline picture's <title>.
    const inHead = (element: { parent: { type: number; name?: string } }) => element.parent.type === ELEMENT_NODE && element.parent.name === 'head';
    if (node.type === TEXT_NODE && node.parent.type === ELEMENT_NODE && node.parent.name === 'title' && inHead(node.parent)) title += node.value;
    if (node.type !== ELEMENT_NODE) return;
    if (node.name === 'meta' && node.attributes.name === 'description') description = node.attributes.content ?? '';
  });
  return { title, description };
}

// A search engine takes pages with one title or description for copies and shows one of them; a shared link shows
// the description under its title, cut where it stops: a sentence that ends says it all. It ends in a full stop, a
// question or exclamation mark or "…", before any closing quote or bracket: written out here, not taken from the
// rule the site ends its texts by (storedText.ts), which loosened would pass the pages it ends.
const ENDS_A_SENTENCE = /[.!?…]["”’'»)\]]*$/u;
test('every page has a title and a description of its own, the description a whole sentence', { tag: '@once' }, async ({}, testInfo) => {
  const pages = builtPages(distDir(testInfo)).filter((page) => page.path !== '/404.html');
  const heads = pages.map((page) => ({ path: page.path, ...titleAndDescription(readFileSync(page.file, 'utf8')) }));
  const repeated = (key: 'title' | 'description') =>
    heads.filter((head, i) => heads.findIndex((other) => other[key] === head[key]) !== i).map((head) => `${head.path}: ${head[key]}`);
  expect(repeated('title')).toEqual([]);
  expect(repeated('description')).toEqual([]);
  expect(heads.filter((head) => !ENDS_A_SENTENCE.test(head.description)).map((head) => `${head.path}: “${head.description}”`)).toEqual([]);
  expect(heads.filter((head) => !head.title).map((head) => head.path)).toEqual([]);
});

test('no page but the search page references a script file', { tag: '@once' }, async ({}, testInfo) => {
  const scripts = builtPages(distDir(testInfo))
    .filter((page) => page.path !== paths.search())
    .flatMap((page) =>
      pageResources(readFileSync(page.file, 'utf8'))
        .filter((resource) => resource.script)
        .map((resource) => `${page.path}: ${resource.by} ${resource.url}`),
    );
  expect(scripts).toEqual([]);
});

// DESIGN.md: a reading page runs "at most 1 KB of inline script for touches that degrade to nothing" (the print
// button, Escape on a folded menu). Two tools run more, 2 KB at most: the follow page copies addresses, and the 404
// page mends a shared link and offers a search for its words. Not the search page, whose script is a file.
// Structured data is a <script> too, but data, not code.
test('a page runs at most 1 KB of inline script, the follow and 404 pages 2 KB', { tag: '@once' }, async ({}, testInfo) => {
  const heavy: string[] = [];
  for (const page of builtPages(distDir(testInfo)).filter((page) => page.path !== paths.search())) {
    const bytes = inlineScripts(readFileSync(page.file, 'utf8')).reduce((sum, { code }) => sum + Buffer.byteLength(code), 0);
    if (bytes > ([paths.follow(), '/404.html'].includes(page.path) ? 2048 : 1024)) heavy.push(`${page.path}: ${bytes} bytes`);
  }
  expect(heavy).toEqual([]);
});

// README: the site is written for the browsers of 2021 (Chrome 88, Safari 14.1), which many phones that no longer
// update still run. Their JavaScript is ES2021, without the methods that came later: a script that calls one stops
// there, as the search did in Safari 15.0–15.3 for every query that named a section (`.at()`). Methods are found by
// name, whatever they are called on: a lint that knows the types would need the sources, not the built files. A
// regular expression that looks behind (Safari 16.4) stops its whole script at parsing, though ES2018 has it.
const LATER_METHODS =
  /\.(at|findLast|findLastIndex|toSorted|toReversed|toSpliced|isSubsetOf|isSupersetOf|isDisjointFrom|symmetricDifference)\(|\b(structuredClone|crypto\.randomUUID|Object\.hasOwn|Object\.groupBy|Map\.groupBy|URL\.canParse|AbortSignal\.(timeout|any)|Promise\.(withResolvers|try)|Array\.fromAsync|requestIdleCallback)\b/g;

test('every script the site runs is the JavaScript of the browsers of 2021', { tag: '@once' }, async ({}, testInfo) => {
  const dist = distDir(testInfo);
  // The search page's own script, and Pagefind's, which it loads, and the worker that one starts.
  const files = builtFiles(dist, '.js').filter((file) => file.path.startsWith('/_astro/') || /^\/pagefind\/pagefind(-worker)?\.js$/.test(file.path));
  expect(files.map((file) => file.path.split('/')[1])).toEqual(expect.arrayContaining(['_astro', 'pagefind']));
  const scripts = files.map((file) => ({ where: file.path, code: readFileSync(file.file, 'utf8'), module: file.path !== '/pagefind/pagefind-worker.js' }));
  for (const page of builtPages(dist)) {
    for (const script of inlineScripts(readFileSync(page.file, 'utf8'))) scripts.push({ where: `${page.path} (inline)`, ...script });
  }
  const problems = scripts.flatMap(({ where, code, module }) => {
    const lookbehinds: string[] = [];
    try {
      acorn.parse(code, {
        ecmaVersion: 2021,
        sourceType: module ? 'module' : 'script',
        onToken: (token) => {
          // A regular expression's token holds its pattern (acorn's types leave the value out).
          const { pattern } = (token as unknown as { value: { pattern?: string } }).value ?? {};
          if (token.type === acorn.tokTypes.regexp && pattern && /\(\?<[=!]/.test(pattern)) lookbehinds.push(`${where}: /${pattern}/`);
        },
      });
    } catch (error) {
      return [`${where}: ${(error as Error).message}`];
    }
    return [...lookbehinds, ...[...code.matchAll(LATER_METHODS)].map(([method]) => `${where}: ${method}`)];
  });
  expect(problems).toEqual([]);
});

/** Every page in the built search index, as Pagefind keeps it: a gzipped fragment with its address and its text. */
function indexedPages(dist: string): { url: string; content: string }[] {
  return builtFiles(join(dist, 'pagefind/fragment'), '.pf_fragment').map((fragment) => {
    const text = gunzipSync(readFileSync(fragment.file)).toString('utf8');
    // The JSON follows Pagefind's own header.
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
  });
}

test('the search index keeps words apart: no page\'s indexed text runs two words together', { tag: '@once' }, async ({}, testInfo) => {
  // Pagefind joins the text of neighbouring elements with nothing between (two <dd>s, two table cells), and
  // Astro drops the whitespace between tags: "Số quyết định178/QĐ-UBND" would be one word nobody can find. A
  // lower-case letter or digit followed by a capital is how such a join shows in Vietnamese text.
  const indexed = indexedPages(distDir(testInfo));
  expect(indexed.length, 'pages in the search index').toBeGreaterThan(20);
  const joined = indexed.flatMap(({ url, content }) =>
    [...content.matchAll(/[\p{Ll}\d][\p{Lu}]/gu)].map((m) => `${url}: …${content.slice(Math.max(0, m.index - 20), m.index + 20)}…`),
  );
  expect(joined).toEqual([]);
});

test('the search index holds every page that has text to search, and no other', { tag: '@once' }, async ({}, testInfo) => {
  const dist = distDir(testInfo);
  const indexed = indexedPages(dist).map(({ url }) => url);
  const searchable = builtPages(dist)
    .filter((page) => readFileSync(page.file, 'utf8').includes('data-pagefind-body'))
    .map((page) => page.path);
  expect(searchable.length).toBeGreaterThan(20);
  expect(indexed.sort()).toEqual(searchable.sort());
});

test(`the news article is at most ${ARTICLE_BUDGET / 1024} KB of compressed HTML and CSS`, { tag: '@once' }, async ({}, testInfo) => {
  const dist = distDir(testInfo);
  const html = readFileSync(fileFor(dist, PAGE_TYPES.article));
  // Stylesheets are inlined (astro.config.mjs); any that come back as files count as well.
  const stylesheets = pageResources(html.toString('utf8'))
    .filter((resource) => resource.by === 'link[rel=stylesheet]')
    .map((resource) =>
      readFileSync(fileFor(dist, new URL(resource.url, new URL(PAGE_TYPES.article, siteUrl)).pathname)),
    );
  // gzip at its default level, as web servers and CDNs compress on the fly.
  const compressed = [html, ...stylesheets].reduce((sum, file) => sum + gzipSync(file).length, 0);
  const figure = `${(compressed / 1024).toFixed(1)} KB gzip (${stylesheets.length} stylesheet files)`;
  testInfo.annotations.push({ type: 'article weight', description: figure });
  console.log(`News article, HTML + CSS: ${figure}; budget ${ARTICLE_BUDGET / 1024} KB, aim 14 KB.`);
  expect(compressed).toBeLessThanOrEqual(ARTICLE_BUDGET);
});

/** A page's lead photos (loaded at once, `fetchpriority="high"`), each as the addresses it may be fetched from. */
function leadPhotos(html: string): string[][] {
  const found: string[][] = [];
  walkSync(parse(html), (node) => {
    if (node.type !== ELEMENT_NODE || node.name !== 'img' || node.attributes.fetchpriority !== 'high') return;
    const { src, srcset } = node.attributes;
    found.push([...(src ? [src] : []), ...parseSrcset(srcset ?? '').map((candidate) => candidate.url)]);
  });
  return found;
}

test(`every lead photo, in each size a browser may choose, is at most ${LEAD_PHOTO_BUDGET / 1024} KB`, { tag: '@once' }, async ({}, testInfo) => {
  const dist = distDir(testInfo);
  // A news item and a story with a photo lead with it, once: a photo that lost its priority would escape the weighing.
  for (const path of [PAGE_TYPES.article, PAGE_TYPES.story]) {
    expect(leadPhotos(readFileSync(fileFor(dist, path), 'utf8')), path).toHaveLength(1);
  }
  const sizes = new Map<string, number>();
  for (const page of builtPages(dist)) {
    for (const url of leadPhotos(readFileSync(page.file, 'utf8')).flat()) {
      const path = new URL(url, new URL(page.path, siteUrl)).pathname;
      sizes.set(path, statSync(fileFor(dist, path)).size);
    }
  }
  const heavy = [...sizes].filter(([, bytes]) => bytes > LEAD_PHOTO_BUDGET).map(([path, bytes]) => `${path}: ${Math.round(bytes / 1024)} KB`);
  expect(heavy).toEqual([]);
});

// An editor's photo straight from a phone holds where and when it was taken: at a resident's home, often. The site
// publishes the copies Astro resizes, which keep none of that, and never the file as uploaded.
test('no photo is published as the editor uploaded it, only its resized copies', { tag: '@once' }, async ({}, testInfo) => {
  const dist = distDir(testInfo);
  const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
  const content = fileURLToPath(new URL('../../content/', import.meta.url));
  const uploaded = new Set(
    readdirSync(content, { recursive: true, encoding: 'utf8' })
      .filter((name) => PHOTO.test(name))
      .map((name) => digest(join(content, name))),
  );
  expect(uploaded.size).toBeGreaterThan(0);
  const published = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => PHOTO.test(name));
  expect(published.length).toBeGreaterThan(0);
  expect(published.filter((name) => uploaded.has(digest(join(dist, name))))).toEqual([]);
});

test('no page loads anything from another host', { tag: '@once' }, async ({}, testInfo) => {
  const dist = distDir(testInfo);
  const foreign = [
    ...builtPages(dist).flatMap((page) =>
      pageResources(readFileSync(page.file, 'utf8'))
        .filter((resource) => isForeign(resource.url, page.path))
        .map((resource) => `${page.path}: ${resource.by} ${resource.url}`),
    ),
    ...builtFiles(dist, '.css').flatMap((sheet) =>
      cssUrls(readFileSync(sheet.file, 'utf8'))
        .filter((url) => isForeign(url, sheet.path))
        .map((url) => `${sheet.path}: url() ${url}`),
    ),
  ];
  expect(foreign).toEqual([]);
});
