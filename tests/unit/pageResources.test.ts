import { describe, expect, test } from 'vitest';
import { cssUrls, inlineScripts, pageResources } from '../e2e/pageResources';

const urls = (html: string) => pageResources(html).map((resource) => resource.url);

describe('pageResources', () => {
  test('finds script files, stylesheets, icons and preloads, but not links a reader follows', () => {
    const html = `<!doctype html><html><head>
      <link rel="canonical" href="https://thidua.example.vn/tin-tuc/">
      <link rel="alternate" type="application/rss+xml" href="/rss.xml">
      <link rel="icon" href="/favicon.svg">
      <link rel="stylesheet" href="https://cdn.example.com/a.css">
      <link rel="preconnect" href="https://fonts.example.com">
      <script type="module" src="/_astro/search.js"></script>
      <script type="application/ld+json">{"url": "https://thidua.example.vn/"}</script>
      <script>document.documentElement.classList.add('js')</script>
    </head><body><a href="https://zalo.me/share">Zalo</a><a href="/tin-tuc/">Tin tức</a></body></html>`;
    expect(urls(html)).toEqual([
      '/favicon.svg',
      'https://cdn.example.com/a.css',
      'https://fonts.example.com',
      '/_astro/search.js',
    ]);
  });

  test('counts script files and their preloads as scripts, and nothing else', () => {
    const html = `<script src="/a.js"></script><link rel="modulepreload" href="/b.js"><link rel="preload" as="script" href="/c.js">
      <link rel="preload" as="font" href="/d.woff2" crossorigin><img src="/e.webp" alt="">`;
    const scripts = pageResources(html)
      .filter((resource) => resource.script)
      .map((resource) => resource.url);
    expect(scripts).toEqual(['/a.js', '/b.js', '/c.js']);
  });

  test('finds every candidate of a srcset, in images and picture sources', () => {
    const html = `<picture><source type="image/webp" srcset="/a-400.webp 400w, /a-800.webp 800w">
      <img src="/a.jpg" srcset="https://img.example.com/a.jpg 2x" alt="Hội nghị"></picture>`;
    expect(urls(html)).toEqual(['/a-400.webp', '/a-800.webp', '/a.jpg', 'https://img.example.com/a.jpg']);
  });

  test('finds media, frames and image buttons, but not the src of other inputs', () => {
    const html = `<video src="/v.mp4" poster="/v.jpg"><track src="/v.vtt"></video><iframe src="https://maps.example.com/"></iframe>
      <input type="image" src="/go.png" alt="Tìm"><input type="text" src="/not-fetched.png">`;
    expect(urls(html)).toEqual(['/v.mp4', '/v.jpg', '/v.vtt', 'https://maps.example.com/', '/go.png']);
  });

  test('finds the addresses of inline CSS, in style elements and style attributes', () => {
    const html = `<style>@font-face{src:url(/_astro/f.woff2) format("woff2")}@import "https://cdn.example.com/x.css";</style>
      <div style="background-image: url('https://img.example.com/bg.png')"></div>`;
    expect(pageResources(html)).toEqual([
      { url: '/_astro/f.woff2', by: 'style url()', script: false },
      { url: 'https://cdn.example.com/x.css', by: 'style url()', script: false },
      { url: 'https://img.example.com/bg.png', by: 'div[style] url()', script: false },
    ]);
  });
});

describe('cssUrls', () => {
  test('reads url() with double, single and no quotes, and @import', () => {
    expect(cssUrls(`a{b:url("/1.png")}c{d:url('/2.png')}e{f:url( /3.png )}@import '/4.css';`)).toEqual([
      '/1.png',
      '/2.png',
      '/3.png',
      '/4.css',
    ]);
  });

  test('finds nothing in CSS without addresses', () => {
    expect(cssUrls('body{color:#0b3a6a}')).toEqual([]);
  });
});

describe('inlineScripts', () => {
  test('gives the code of each inline script and whether it is a module, not script files nor structured data', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle"}</script>
      <script src="/_astro/search.js" type="module"></script></head>
      <body><script>print()</script><script type="module">import('/pagefind/pagefind.js')</script></body></html>`;
    expect(inlineScripts(html)).toEqual([
      { code: 'print()', module: false },
      { code: "import('/pagefind/pagefind.js')", module: true },
    ]);
  });
});
