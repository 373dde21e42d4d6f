import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { cachedPreviewImage, drawAhead, PREVIEW_CACHE } from '../../src/lib/previewCache';
import { previewImage } from '../../src/lib/previewImage';

/** The cached file holding exactly these bytes (builds may be adding others to the folder meanwhile). */
const fileOf = (png: Buffer) => readdirSync(PREVIEW_CACHE).map((name) => join(PREVIEW_CACHE, name)).find((path) => readFileSync(path).equals(png));

describe('cachedPreviewImage', { timeout: 20_000 }, () => {
  test('keeps a drawn picture and serves it from the cache; other words are drawn anew', async () => {
    const preview = { section: 'Tin tức', committee: 'Ủy ban nhân dân xã Hà Trung', tagline: 'Thi đua', title: `Đồng Xá ${Date.now()}` };
    const first = await cachedPreviewImage(preview);
    expect(first.equals(await previewImage(preview))).toBe(true);
    const kept = fileOf(first);
    expect(kept).toBeDefined();
    // Mark the kept file: if the next call returns the mark, it read the cache instead of drawing.
    writeFileSync(kept!, 'mark');
    try {
      expect((await cachedPreviewImage(preview)).toString()).toBe('mark');
      const other = { ...preview, title: `${preview.title} (sửa)` };
      expect((await cachedPreviewImage(other)).equals(await previewImage(other))).toBe(true);
    } finally {
      rmSync(kept!);
    }
  });

  test('draws pictures ahead in a process of its own, then serves them as drawn', async () => {
    const previews = ['Đảng bộ', 'Gương người tốt'].map((words) => ({
      section: 'Gương điển hình',
      committee: 'Ủy ban nhân dân xã Hà Trung',
      tagline: 'Thi đua',
      title: `${words} ${Date.now()}`,
    }));
    drawAhead(previews);
    const drawn = await Promise.all(previews.map(previewImage));
    try {
      // Nothing has asked for them yet, and they appear in the cache all the same.
      await vi.waitFor(() => expect(drawn.every((png) => fileOf(png))).toBe(true), { timeout: 15_000, interval: 100 });
      for (const [i, preview] of previews.entries()) expect((await cachedPreviewImage(preview)).equals(drawn[i]!)).toBe(true);
    } finally {
      for (const png of drawn) {
        const file = fileOf(png);
        if (file) rmSync(file);
      }
    }
  });
});
