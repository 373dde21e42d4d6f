// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { parse } from 'yaml';
import { headingAnchors } from './src/lib/headingAnchors.ts';

// The public address lives with the committee's other settings, where editors can change it.
const settings = parse(readFileSync(new URL('./content/settings/index.yaml', import.meta.url), 'utf8'));

export default defineConfig({
  site: settings.siteUrl,
  output: 'static',
  trailingSlash: 'always',
  build: {
    // One stylesheet, inlined: a reading page arrives in one round trip with no render-blocking request.
    inlineStylesheets: 'always',
  },
  server: { host: '127.0.0.1' },
  markdown: {
    processor: satteri({ hastPlugins: [headingAnchors] }),
  },
  integrations: [mdx()],
  vite: {
    plugins: [tailwindcss()],
  },
});
