import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { cacheFile, cachedPreviewImage, drawAhead } from '../../src/lib/previewCache';
import { previewImage } from '../../src/lib/previewImage';

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
      await vi.waitFor(() => expect(previews.every((preview) => existsSync(cacheFile(preview)))).toBe(true), { timeout: 15_000, interval: 100 });
      for (const [i, preview] of previews.entries()) {
        expect(readFileSync(cacheFile(preview)).equals(drawn[i]!)).toBe(true);
        expect((await cachedPreviewImage(preview)).equals(drawn[i]!)).toBe(true);
      }
    } finally {
      for (const preview of previews) rmSync(cacheFile(preview), { force: true });
    }
  });

  test('a picture the drawer cannot draw fails on its own route, naming its file and why; the others are served', async () => {
    const good = { section: 'Khen thưởng', committee: 'Ủy ban nhân dân xã Hà Trung', tagline: 'Thi đua', title: `Quyết định ${Date.now()}` };
    // No words at all: libvips has no text to lay out. The content schema never lets an empty title through.
    const bad = { ...good, title: ' ' };
    drawAhead([good, bad]);
    try {
      await expect(cachedPreviewImage(bad)).rejects.toThrow(`Preview image ${cacheFile(bad)}: text: no text to render`);
      expect((await cachedPreviewImage(good)).equals(await previewImage(good))).toBe(true);
      expect(existsSync(cacheFile(bad))).toBe(false);
    } finally {
      rmSync(cacheFile(good), { force: true });
    }
  });
});
