import { linkSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { previewImages } from '../../src/integrations/previewImages';
import { cacheFile, cachedPreviewImage } from '../../src/lib/previewCache';
import { type Preview, previewImage } from '../../src/lib/previewImage';
import { previewWriter } from '../../src/lib/previewWriter';

describe('cachedPreviewImage', { timeout: 20_000 }, () => {
  test('keeps a drawn picture and serves it from the cache; other words are drawn anew', async () => {
    const preview = { section: 'Tin tức', committee: 'Ủy ban nhân dân xã Hà Trung', tagline: 'Thi đua', title: `Đồng Xá ${Date.now()}` };
    const first = await cachedPreviewImage(preview);
    expect(first.equals(await previewImage(preview))).toBe(true);
    const kept = cacheFile(preview);
    expect(readFileSync(kept).equals(first)).toBe(true);
    const other = { ...preview, title: `${preview.title} (sửa)` };
    // Mark the kept file: if the next call returns the mark, it read the cache instead of drawing.
    writeFileSync(kept, 'mark');
    try {
      expect((await cachedPreviewImage(preview)).toString()).toBe('mark');
      expect((await cachedPreviewImage(other)).equals(await previewImage(other))).toBe(true);
    } finally {
      rmSync(kept);
      rmSync(cacheFile(other), { force: true });
    }
  });
});

describe('the cache key', () => {
  // Where the pictures are kept and how a file is written whole change no pixel, nor do the font files' names (the key
  // holds their contents); every other module the drawing imports does (the colours, the PNG writer, the size), and a
  // cache that ignored one kept old pictures after it changed.
  const NOT_DRAWING = ['./astroCache.ts', './writeWhole.ts', './fontFiles.ts'];

  test('holds the source of every module the drawing imports that changes what it draws', () => {
    const source = (file: string) => readFileSync(new URL(`../../src/lib/${file}`, import.meta.url), 'utf8');
    const drawingImports = [...source('previewImage.ts').matchAll(/^import .* from '(\.\/[\w]+\.ts)';$/gm)].map((m) => m[1]!);
    expect(drawingImports).toContain('./colours.ts');
    const keyed = [...source('previewCache.ts').matchAll(/^import \w+ from '(\.\/[\w]+\.ts)\?raw';$/gm)].map((m) => m[1]!);
    expect(keyed).toContain('./previewImage.ts');
    expect(keyed.sort()).toEqual([...drawingImports.filter((file) => !NOT_DRAWING.includes(file)), './previewImage.ts'].sort());
  });
});

/** Runs the integration's build hooks around `pages`, which hands it pictures as the route does; returns what it logged. */
async function build(outDir: string, pages: () => void): Promise<string[]> {
  const logged: string[] = [];
  const { hooks } = previewImages();
  const call = (hook: keyof typeof hooks, options: object) => (hooks[hook] as (options: never) => unknown)(options as never);
  await call('astro:build:start', {});
  pages();
  await call('astro:build:done', { dir: pathToFileURL(`${outDir}/`), logger: { info: (message: string) => logged.push(message) } });
  return logged;
}

describe('previewImages, the integration that writes a build\'s pictures', { timeout: 30_000 }, () => {
  const picture = (title: string): Preview => ({ section: 'Gương điển hình', committee: 'Ủy ban nhân dân xã Hà Trung', tagline: 'Thi đua', title });

  test('writes every picture handed to it into the folder Astro built, drawn once and then taken from the cache', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'ha-trung-previews-'));
    const previews = [picture(`Đảng bộ ${Date.now()}`), picture(`Gương người tốt ${Date.now()}`)];
    const jobs = previews.map((preview, i) => ({ preview, file: cacheFile(preview), path: `/xem-truoc/guong-dien-hinh/g${i}.png` }));
    try {
      const first = await build(outDir, () => previewWriter()!(jobs));
      expect(first).toEqual([expect.stringMatching(/^wrote 2 preview images \(2 drawn, the others from the cache\)/)]);
      for (const [i, preview] of previews.entries()) {
        expect(readFileSync(join(outDir, jobs[i]!.path)).equals(await previewImage(preview))).toBe(true);
      }
      // A second build draws nothing: the pictures come from the cache. Here the folder still holds a picture, the
      // first one's place taken by a link to the second one's cache file: it is replaced, and no cache file changes.
      rmSync(join(outDir, jobs[0]!.path));
      linkSync(jobs[1]!.file, join(outDir, jobs[0]!.path));
      const again = await build(outDir, () => previewWriter()!(jobs));
      expect(again).toEqual([expect.stringMatching(/^wrote 2 preview images \(0 drawn/)]);
      for (const [i, preview] of previews.entries()) {
        const drawn = await previewImage(preview);
        expect(readFileSync(join(outDir, jobs[i]!.path)).equals(drawn)).toBe(true);
        expect(readFileSync(jobs[i]!.file).equals(drawn)).toBe(true);
      }
      // Outside a build there is no writer: the route then draws each picture itself (the dev server).
      expect(previewWriter()).toBeUndefined();
    } finally {
      rmSync(outDir, { recursive: true, force: true });
      for (const { file } of jobs) rmSync(file, { force: true });
    }
  });

  test("a picture that cannot be drawn fails the build, naming its page's picture and why", async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'ha-trung-previews-'));
    // No words at all: libvips has no text to lay out. The content schema never lets an empty title through. libvips
    // says so in its own words, or as a warning sharp treats as an error: which of the two, varies from run to run.
    const bad = picture(' ');
    const named = `Preview image /xem-truoc/khen-thuong/qd.png (${cacheFile(bad)}): `;
    try {
      const failure = build(outDir, () => previewWriter()!([{ preview: bad, file: cacheFile(bad), path: '/xem-truoc/khen-thuong/qd.png' }]));
      await expect(failure).rejects.toThrow(named);
      const why = await failure.catch((error: Error) => error.message.slice(named.length));
      expect(['text: no text to render', 'Warning treated as error due to failOn setting']).toContain(why);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
