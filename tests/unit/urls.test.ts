import { describe, expect, test } from 'vitest';
import { absoluteUrl, paths, withAnchor } from '../../src/lib/urls';

describe('paths', () => {
  test('are Vietnamese without diacritics and end with a slash', () => {
    expect(paths.plan('thi-dua-cao-diem-2025')).toBe('/ke-hoach/thi-dua-cao-diem-2025/');
    expect(paths.document('luat-thi-dua-khen-thuong-2022')).toBe('/van-ban/luat-thi-dua-khen-thuong-2022/');
    const samples = Object.entries(paths).map(([name, make]) =>
      name === 'newsPage' ? paths.newsPage(2) : name === 'storiesBy' ? paths.storiesBy('nam', 2025) : (make as (s: string) => string)('x'),
    );
    for (const path of samples) expect(path).toMatch(/^\/([a-z0-9-]+\/)*$/);
    expect(paths.newsPage(1)).toBe('/tin-tuc/');
    expect(paths.newsPage(3)).toBe('/tin-tuc/trang/3/');
  });
});

describe('withAnchor', () => {
  test('adds a fragment', () => {
    expect(withAnchor('/ke-hoach/a/', 'i-muc-dich-yeu-cau')).toBe('/ke-hoach/a/#i-muc-dich-yeu-cau');
  });
});

describe('absoluteUrl', () => {
  test('resolves a path against the site', () => {
    expect(absoluteUrl('/tin-tuc/', 'https://example.vn')).toBe('https://example.vn/tin-tuc/');
  });
});
