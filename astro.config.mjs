// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import cascadeLayers from '@csstools/postcss-cascade-layers';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, fontProviders } from 'astro/config';
import { parse } from 'yaml';
import { t } from './src/i18n/t.ts';
import { isLoopback, missingVariables } from './src/lib/cmsGuard.ts';
import { fieldProblem } from './src/lib/fieldLabels.ts';
import { fontFile } from './src/lib/fontFiles.ts';
import { SITE_URL } from './src/lib/webAddresses.ts';
import { unreadableLine, yamlOf } from './src/lib/yamlText.ts';
import { contentStore } from './src/integrations/contentStore.ts';
import { previewImages } from './src/integrations/previewImages.ts';
import { searchIndex } from './src/integrations/searchIndex.ts';
import { bodyImages } from './src/lib/bodyImages.ts';
import { bodyAddresses } from './src/lib/bodyAddresses.ts';
import { bodyTables } from './src/lib/bodyTables.ts';
import { headingAnchors } from './src/lib/headingAnchors.ts';
import { nfcBody } from './src/lib/nfcBody.ts';
import { wordPaste } from './src/lib/wordPaste.ts';

// Be Vietnam Pro, self-hosted: regular and bold, each one file with the Latin and Vietnamese letters
// (scripts/fonts.mjs says why one, not two a weight).
/** @param {400 | 700} weight */
const fontVariant = (weight) => ({ src: /** @type {[string]} */ ([`./${fontFile(weight)}`]), weight, style: /** @type {const} */ ('normal') });

// The public address lives with the committee's other settings, where editors can change it. Read here, before the
// content checks, so its mistakes are told here in their words: Astro said "Invalid URL" or "Nested mappings are
// not allowed", naming no file.
const SETTINGS = 'content/settings/index.yaml';
const settingsText = readFileSync(new URL(`./${SETTINGS}`, import.meta.url), 'utf8');
const unreadable = unreadableLine(yamlOf(SETTINGS, settingsText));
if (unreadable) throw new Error(t('error.unreadableYaml', { file: SETTINGS, line: unreadable }));
const settings = parse(settingsText);
if (typeof settings.siteUrl !== 'string' || !SITE_URL.test(settings.siteUrl)) {
  throw new Error(fieldProblem(SETTINGS, 'siteUrl', t('error.expected', { what: t('error.what.siteUrl') })));
}

// The command Astro was given (`astro build`, `astro dev`): its first argument, so that a test runner's filter
// (`vitest run build`) is not taken for one.
const command = process.argv[2];

// A build is a production build whatever its environment says. Vite builds in development when NODE_ENV is anything
// else (a server's "development", a test runner's "test"), and Astro takes every variable of the environment into
// import.meta.env, DEV and PROD among them (Vitest sets DEV=1): either way the site acted as an editor's dev server,
// giving drafts a page and finishing a build with broken references (tests/build/badContent.test.ts,
// longLists.test.ts). Set here, before Astro reads the environment.
if (command === 'build') {
  process.env.NODE_ENV = 'production';
  delete process.env.DEV;
  delete process.env.PROD;
}

// The CMS exists in two places only: `astro dev` on an editor's machine (local files), and the admin build
// (`npm run build:admin`, GitHub storage, Node server). The public `astro build` has no trace of it.
const adminBuild = process.env.ADMIN_BUILD === '1';
const withCms = command === 'dev' || adminBuild;
// Loaded only where they are used: importing them cost the public build about 1.3 s of every start (measured).
const cms = withCms ? await Promise.all([import('@astrojs/react'), import('@keystatic/astro')]) : undefined;
const node = adminBuild ? (await import('@astrojs/node')).default : undefined;

if (adminBuild) {
  const missing = missingVariables(process.env, ['PUBLIC_KEYSTATIC_GITHUB_REPO']);
  if (missing.length > 0) {
    throw new Error(
      `The admin build commits through GitHub and needs ${missing.join(', ')} (owner/name of the content repository). ` +
        'Local storage has no login and is only for `npm run dev` on 127.0.0.1.',
    );
  }
}

/** Refuses to serve the login-less local CMS anywhere but this machine. */
const localCmsOnLoopback = {
  name: 'local-cms-on-loopback',
  hooks: {
    /** @param {{ config: import('astro').AstroConfig }} options */
    'astro:config:done': ({ config }) => {
      if (!adminBuild && !isLoopback(config.server.host)) {
        throw new Error(
          `The CMS in local mode has no login and must listen on 127.0.0.1 only, not on "${config.server.host}". ` +
            'Run `npm run dev` without --host, or use the admin build with GitHub storage.',
        );
      }
    },
  },
};

export default defineConfig({
  site: settings.siteUrl,
  output: 'static',
  outDir: adminBuild ? './dist-admin' : './dist',
  adapter: node?.({ mode: 'standalone' }),
  // Every link the site makes ends with a slash (src/lib/urls.ts); 'always' would also hold Keystatic's own
  // admin and API addresses, which have none, to that rule and break the CMS.
  trailingSlash: 'ignore',
  // Two entries or pages with one URL stop the build instead of one silently replacing the other.
  prerenderConflictBehavior: 'error',
  build: {
    // One stylesheet, inlined: a reading page arrives in one round trip with no render-blocking request.
    inlineStylesheets: 'always',
    // Four pages in flight was worth 11 s at 1,000 entries (33 s against 22) while the preview pictures were drawn in
    // this process. They are drawn in a process of their own now (src/integrations/previewImages.ts); one or four
    // measured the same once they were (first builds 17–19 s, rebuilds 14–18 s), and the benchmark figures are taken
    // with four.
    concurrency: 4,
  },
  // The web font is used when it is at hand within the first moment (from the cache, or a fast network), and
  // otherwise not at all on that page view: swapping it in later re-wraps lines and moved whole pages on slow
  // networks (Lighthouse: layout shifts up to 0.18, a breadcrumb wrapping one word later). What shows meanwhile is
  // a system font sized to Be Vietnam Pro's metrics by Astro ('system-ui': Roboto on Android, the Apple and Windows
  // system fonts, Arial), with every Vietnamese letter.
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Be Vietnam Pro',
      cssVariable: '--font-be-vietnam-pro',
      fallbacks: ['system-ui'],
      display: 'optional',
      options: { variants: [fontVariant(400), fontVariant(700)] },
    },
  ],
  server: { host: '127.0.0.1' },
  // The dev server is where editors preview what they saved (README); Astro's toolbar lay over the page's foot there,
  // over its share buttons and facts, and is a developer's tool.
  devToolbar: { enabled: false },
  markdown: {
    // NFC first: the anchors and the table of contents are made from the text.
    processor: satteri({ hastPlugins: [nfcBody, bodyAddresses, wordPaste, headingAnchors, bodyImages, bodyTables] }),
  },
  // The sitemap lists pages only (their addresses end with a slash; feeds, images and robots.txt do not). Drafts
  // have no page in a build, and it leaves out the 404 page itself.
  integrations: [
    contentStore(),
    mdx(),
    sitemap({ filter: (page) => page.endsWith('/') }),
    previewImages(),
    // After the sitemap and the pictures: Pagefind runs from the moment the pages are written, and the build waits
    // for it only once their end-of-build work is done.
    searchIndex(),
    ...(cms ? [cms[0].default(), cms[1].default(), localCmsOnLoopback] : []),
  ],
  vite: {
    plugins: [tailwindcss()],
    // Tailwind writes for the browsers of 2023 on. Phones that no longer update keep the browser of their last update,
    // and those before cascade layers (Chrome 99, Safari 15.4: Android 5's last Chrome, 95; older Samsung and UC
    // browsers) dropped the whole stylesheet, which sits in layers; those before range media queries (Chrome 104,
    // Safari 16.4: iPads stuck at iPadOS 15) never got the wide layout. So the layers become selector weights, the same
    // cascade in every browser (@csstools/postcss-cascade-layers; a stylesheet that does not pass through Vite, as
    // `<style is:inline>`, would now lose to the utilities), and the minifier (Lightning CSS) writes the rest for the
    // browsers of 2021: 0.7 KB more per page, gzipped. Older ones (the iPhone 6's Safari 12) lack too much besides.
    css: { postcss: { plugins: [cascadeLayers()] } },
    build: { cssTarget: ['chrome88', 'safari14.1', 'firefox78'] },
  },
});
