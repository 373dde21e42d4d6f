import { describe, expect, test } from 'vitest';
import keystatic from '../../keystatic.config';
import { absoluteUrl, cmsForm, CMS_SINGLETONS, feedAnchor, feeds, files, inPage, isCmsPath, pageParam, paths, previewParam, share, telTo, withAnchor } from '../../src/lib/urls';

describe('paths', () => {
  test('are Vietnamese without diacritics and end with a slash', () => {
    expect(paths.plan('thi-dua-cao-diem-2025')).toBe('/ke-hoach/thi-dua-cao-diem-2025/');
    expect(paths.document('luat-thi-dua-khen-thuong-2022')).toBe('/van-ban/luat-thi-dua-khen-thuong-2022/');
    const samples = Object.entries(paths).map(([name, make]) =>
      name === 'storiesBy' ? paths.storiesBy('nam', 2025) : name === 'search' ? paths.search() : (make as (s: string) => string)('x'),
    );
    // A link to a part of a page (the follow page's entry for one feed) adds an ASCII #fragment after the slash.
    for (const path of samples) expect(path).toMatch(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/);
  });

  test('a search on the search page keeps its words and filters in its address, as the page writes them', () => {
    expect(paths.search()).toBe('/tim-kiem/');
    expect(paths.search({ q: 'khen thưởng', kind: 'Tin tức' })).toBe('/tim-kiem/?q=khen+th%C6%B0%E1%BB%9Fng&kind=Tin+t%E1%BB%A9c');
  });

  test('a list that runs over several pages: its own address first, then trang/2/, trang/3/…', () => {
    expect(paths.news()).toBe('/tin-tuc/');
    expect(paths.news(1)).toBe('/tin-tuc/');
    expect(paths.news(3)).toBe('/tin-tuc/trang/3/');
    expect(paths.tag('thi-dua', 2)).toBe('/the/thi-dua/trang/2/');
    expect(paths.category('dai-hoi', 2)).toBe('/tin-tuc/chuyen-muc/dai-hoi/trang/2/');
    expect(paths.stories(4)).toBe('/guong-dien-hinh/trang/4/');
    expect(paths.storiesBy('nam', 2025, 2)).toBe('/guong-dien-hinh/nam/2025/trang/2/');
    expect(paths.unitNews('thon-dong-xa')).toBe('/don-vi/thon-dong-xa/tin-tuc/');
    expect(paths.unitNews('thon-dong-xa', 2)).toBe('/don-vi/thon-dong-xa/tin-tuc/trang/2/');
    expect(paths.unitAwards('thon-dong-xa', 2)).toBe('/don-vi/thon-dong-xa/khen-thuong/trang/2/');
    // The route parameter makes the same address.
    expect(`/the/thi-dua/${pageParam(2)}/`).toBe(paths.tag('thi-dua', 2));
    expect(pageParam(1)).toBeUndefined();
  });
});

describe('withAnchor', () => {
  test('adds a fragment', () => {
    expect(withAnchor('/ke-hoach/a/', 'i-muc-dich-yeu-cau')).toBe('/ke-hoach/a/#i-muc-dich-yeu-cau');
  });

  test('or stands alone, for a part of the page it is on', () => {
    expect(inPage('muc-luc')).toBe('#muc-luc');
  });
});

describe('absoluteUrl', () => {
  test('resolves a path against the site', () => {
    expect(absoluteUrl('/tin-tuc/', 'https://example.vn')).toBe('https://example.vn/tin-tuc/');
  });
});

describe('feeds', () => {
  test('sit beside the page they follow', () => {
    expect(feeds.site()).toBe('/rss.xml');
    expect(feeds.news()).toBe('/tin-tuc/rss.xml');
    expect(feeds.stories()).toBe('/guong-dien-hinh/rss.xml');
    expect(feeds.awards()).toBe('/khen-thuong/rss.xml');
    expect(feeds.category('ha-tang')).toBe('/tin-tuc/chuyen-muc/ha-tang/rss.xml');
    expect(feeds.unit('thon-dong-xa')).toBe('/don-vi/thon-dong-xa/rss.xml');
  });

  test('each have their own entry on the follow page', () => {
    expect(paths.follow()).toBe('/theo-doi/');
    expect(paths.follow(feeds.unit('thon-dong-xa'))).toBe('/theo-doi/#nguon-don-vi-thon-dong-xa');
    expect(paths.follow(feeds.category('ha-tang'))).toBe('/theo-doi/#nguon-tin-tuc-chuyen-muc-ha-tang');
    // The box under the stories that says how to put someone forward.
    expect(paths.nominate()).toBe('/guong-dien-hinh/#gioi-thieu-guong');
    const all = [feeds.site(), feeds.news(), feeds.stories(), feeds.awards(), feeds.category('ha-tang'), feeds.unit('ha-tang')];
    expect(new Set(all.map(feedAnchor)).size).toBe(all.length);
  });
});

describe('files.preview and previewParam', () => {
  test('name one PNG per page under /xem-truoc/, and a default for pages without one', () => {
    expect(files.preview(paths.article('duong-thon'))).toBe('/xem-truoc/tin-tuc/duong-thon.png');
    expect(files.preview(paths.award('qd-205'))).toBe('/xem-truoc/khen-thuong/qd-205.png');
    expect(files.preview()).toBe('/xem-truoc/mac-dinh.png');
    expect(`/xem-truoc/${previewParam(paths.story('a'))}.png`).toBe(files.preview(paths.story('a')));
    expect(`/xem-truoc/${previewParam()}.png`).toBe(files.preview());
  });

  test('a page names its picture with a mark of the words it shows, which a corrected title or a sample unmarked changes', () => {
    const page = paths.article('duong-thon');
    const words = { section: 'Tin tức', title: 'Nội dung mẫu: Thôn Đồng Xá làm đường', committee: 'Ủy ban nhân dân xã Hà Trung', tagline: 'Thi đua' };
    const shared = files.sharedPreview(page, words);
    expect(shared).toMatch(/^\/xem-truoc\/tin-tuc\/duong-thon\.png\?v=[0-9a-f]{8}$/);
    expect(shared.split('?')[0]).toBe(files.preview(page));
    expect(files.sharedPreview(page, { ...words })).toBe(shared);
    // One letter's mark corrected ("Đổng" for "Đồng"), the sample mark taken off, the committee renamed: new addresses.
    const changed = [{ title: 'Nội dung mẫu: Thôn Đổng Xá làm đường' }, { title: 'Thôn Đồng Xá làm đường' }, { committee: 'UBND xã Hà Trung' }];
    const addresses = changed.map((change) => files.sharedPreview(page, { ...words, ...change }));
    expect(new Set([shared, ...addresses]).size).toBe(4);
    // The site's own picture, for pages without one, is marked the same way.
    expect(files.sharedPreview(undefined, words)).toMatch(/^\/xem-truoc\/mac-dinh\.png\?v=[0-9a-f]{8}$/);
  });
});

describe('cmsForm', () => {
  test("leads from an entry's file to its form in the CMS", () => {
    expect(cmsForm('content/news/tin-hen-ngay/index.md')).toBe('/keystatic/collection/news/item/tin-hen-ngay');
    expect(cmsForm('content/awards/qd-152-qd-ubnd-2025.yaml')).toBe('/keystatic/collection/awards/item/qd-152-qd-ubnd-2025');
    expect(cmsForm('content/plans/thi-dua-cao-diem-2025.md')).toBe('/keystatic/collection/plans/item/thi-dua-cao-diem-2025');
    // The committee's settings are one form, not a list.
    expect(cmsForm('content/settings/index.yaml')).toBe('/keystatic/singleton/settings');
  });

  test('leads to the start of the CMS from a file that is no entry of it', () => {
    expect(cmsForm('src/content.config.ts')).toBe('/keystatic/');
  });

  test("knows the CMS's single forms as the CMS does", () => {
    expect([...CMS_SINGLETONS]).toEqual(Object.keys(keystatic.singletons ?? {}));
  });
});

describe('isCmsPath', () => {
  test("tells the CMS's pages and API from the site's", () => {
    for (const path of ['/keystatic', '/keystatic/', '/keystatic/collection/news/item/a', '/api/keystatic/tree']) expect(isCmsPath(path)).toBe(true);
    for (const path of ['/', '/tin-tuc/', '/keystatic-huong-dan/', '/api/']) expect(isCmsPath(path)).toBe(false);
  });
});

describe('share', () => {
  test("hands each network's share page the page's address, encoded", () => {
    const url = 'https://thidua.hatrung.gov.vn/tin-tuc/a/?b=1&c=2';
    expect(share.zalo(url)).toBe('https://zalo.me/share?url=https%3A%2F%2Fthidua.hatrung.gov.vn%2Ftin-tuc%2Fa%2F%3Fb%3D1%26c%3D2');
    expect(share.facebook(url)).toBe('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fthidua.hatrung.gov.vn%2Ftin-tuc%2Fa%2F%3Fb%3D1%26c%3D2');
  });
});

describe('telTo', () => {
  test('gives the dialler digits only, however the number is written', () => {
    expect(telTo('0237 3800 000')).toBe('tel:02373800000');
    expect(telTo('(0237) 3800.000')).toBe('tel:02373800000');
    expect(telTo('+84 237 3800 000')).toBe('tel:+842373800000');
  });
});
