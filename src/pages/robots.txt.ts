// robots.txt names the sitemap by its absolute address, which only the site's settings know (astro.config.mjs).
import type { APIRoute } from 'astro';
import { absoluteUrl, files } from '../lib/urls';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(files.sitemap(), site!)}\n`);
