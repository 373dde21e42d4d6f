// What Zalo, Facebook, feed readers and search engines read in each page's <head>: Open Graph and Twitter tags with
// an absolute 1200×630 preview image, the feeds the page offers, and structured data (JSON-LD).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { t } from '../../src/i18n/t';
import { previewImage } from '../../src/lib/previewImage';
import { PAGE_TYPES } from './pages';

const settings = parse(readFileSync('content/settings/index.yaml', 'utf8'));
const site = new URL(settings.siteUrl);

type PageType = keyof typeof PAGE_TYPES;
const ARTICLES: PageType[] = ['article', 'story', 'award', 'revokedAward'];
/** Pages with a preview image of their own; the others share the site's default. */
const OWN_PREVIEW: PageType[] = [...ARTICLES, 'plan', 'unit', 'document'];
/** The feeds each page offers beside the site's. */
const PAGE_FEEDS: Partial<Record<PageType, string[]>> = {
  news: ['/tin-tuc/rss.xml'],
  newsPage2: ['/tin-tuc/rss.xml'],
  article: ['/tin-tuc/rss.xml', '/tin-tuc/chuyen-muc/ha-tang/rss.xml'],
  category: ['/tin-tuc/chuyen-muc/ha-tang/rss.xml'],
  stories: ['/guong-dien-hinh/rss.xml'],
  storiesByKind: ['/guong-dien-hinh/rss.xml'],
  story: ['/guong-dien-hinh/rss.xml'],
  awards: ['/khen-thuong/rss.xml'],
  award: ['/khen-thuong/rss.xml'],
  revokedAward: ['/khen-thuong/rss.xml'],
  unit: ['/don-vi/thon-dong-xa/rss.xml'],
};

const meta = (page: Page, property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content');

/** Width and height from a PNG's header. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/** The schema.org objects the page describes itself with. */
async function structuredData(page: Page): Promise<Record<string, unknown>[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.map((text) => JSON.parse(text));
}

// The same <head> on every screen: these run once (@once).
test.describe('sharing and feed tags', { tag: '@once' }, () => {

  for (const [type, path] of Object.entries(PAGE_TYPES) as [PageType, string][]) {
    test(`${type} (${path}) has Open Graph tags, an absolute 1200×630 preview and its feeds`, async ({ page, request }) => {
      await page.goto(path);
      const title = await meta(page, 'og:title');
      expect(title).toBeTruthy();
      const description = await meta(page, 'og:description');
      expect(description).toBeTruthy();
      expect(description).toBe(await page.locator('meta[name="description"]').getAttribute('content'));
      // A unit's text runs to 500 letters on its page; a search result or a shared link shows its first sentences.
      if (type === 'unit') expect(description).toBe('Thôn thuần nông của xã Hà Trung, Nhân dân chủ yếu trồng lúa và rau màu.');
      // Page 2 of a list says which page it is, where page 1 has the list's description alone.
      if (type === 'newsPage2') expect(description).toMatch(/^Tin hoạt động của phong trào thi đua cao điểm trên địa bàn xã\. Trang 2\/\d+\.$/);
      // A decision says which award went to whom, and for what, in one sentence.
      if (type === 'award') {
        expect(description).toBe(
          'Giấy khen của Chủ tịch UBND xã cho 1 tập thể, 2 cá nhân, 1 hợp tác xã, 1 thôn/tiểu khu đã có thành tích tiêu biểu trong phong trào thi đua cao điểm chào mừng Đại hội đại biểu Đảng bộ xã Hà Trung lần thứ I, nhiệm kỳ 2025-2030.',
        );
      }
      expect(await meta(page, 'og:type')).toBe(ARTICLES.includes(type) ? 'article' : 'website');
      // The English page's title and description are English, as a shared link shows them.
      expect(await meta(page, 'og:locale')).toBe(type === 'english' ? 'en_GB' : 'vi_VN');
      expect(await meta(page, 'og:site_name')).toBe(type === 'english' ? settings.committeeEnglish : settings.committee);
      if (type === 'english') {
        expect(await meta(page, 'og:description')).toMatch(/^The campaign website of the People's Committee of Ha Trung Commune \(/);
        expect(await page.locator('title').getAttribute('lang')).toBe('en');
      }
      expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
      if (type !== 'notFound') {
        const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
        expect(canonical).toBe(new URL(new URL(path, site).pathname, site).href);
        // A shared search opens with its words: Facebook would open og:url, the search without them, instead.
        if (type === 'search') await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
        else expect(await meta(page, 'og:url')).toBe(canonical);
      }

      const image = new URL((await meta(page, 'og:image'))!);
      expect(image.origin).toBe(site.origin);
      const own = `/xem-truoc${new URL(path, site).pathname.replace(/\/$/, '')}.png`;
      expect(image.pathname).toBe(OWN_PREVIEW.includes(type) ? own : '/xem-truoc/mac-dinh.png');
      // Every picture carries a mark of its words, so that a corrected title, or a renamed committee on the site's
      // own picture, is a new picture to Zalo.
      expect(image.search).toMatch(/^\?v=[0-9a-f]{8}$/);
      const png = await request.get(image.pathname);
      expect(png.status()).toBe(200);
      expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });
      expect(await meta(page, 'og:image:alt')).toBeTruthy();

      const feeds = await page.locator('link[rel="alternate"][type="application/rss+xml"]').evaluateAll((links) =>
        links.map((link) => link.getAttribute('href')),
      );
      // The page's own first (a list's, a unit's; an entry's section, then its category): a feed reader given the
      // page's address takes the first.
      expect(feeds).toEqual([...(PAGE_FEEDS[type] ?? []), '/rss.xml']);
    });
  }

  test('a sample entry says so in the tab, on a shared link and in its preview picture; a real one does not', async ({ page, request }) => {
    for (const path of [PAGE_TYPES.article, PAGE_TYPES.story, PAGE_TYPES.revokedAward, PAGE_TYPES.unit]) {
      await page.goto(path);
      // The page's own notice: these are the sample entries of content/.
      await expect(page.getByText('Nội dung mẫu:', { exact: true })).toBeVisible();
      await expect(page, path).toHaveTitle(/^Nội dung mẫu: .+ \| Ủy ban nhân dân xã Hà Trung$/);
      expect(await meta(page, 'og:title'), path).toMatch(/^Nội dung mẫu: /);
      expect(await meta(page, 'og:image:alt'), path).toMatch(/^Nội dung mẫu: /);
    }
    // The picture Zalo shows beside the article's link is drawn with the marked title, not the page's heading alone.
    await page.goto(PAGE_TYPES.article);
    const heading = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    const picture = await (await request.get(new URL((await meta(page, 'og:image'))!).pathname)).body();
    const drawn = (title: string) => previewImage({ section: 'Tin tức', title, committee: settings.committee, tagline: t('site.tagline') });
    expect(picture.equals(await drawn(`Nội dung mẫu: ${heading}`))).toBe(true);
    expect(picture.equals(await drawn(heading))).toBe(false);
    // The plan and a department it names are the commune's own: no mark.
    await page.goto(PAGE_TYPES.plan);
    await expect(page).toHaveTitle(/^Kế hoạch tổ chức phong trào thi đua cao điểm/);
    expect(await meta(page, 'og:title')).toMatch(/^Kế hoạch /);
    await page.goto('/don-vi/phong-van-hoa-xa-hoi/');
    await expect(page).toHaveTitle('Phòng Văn hóa – Xã hội | Ủy ban nhân dân xã Hà Trung');
    expect(await meta(page, 'og:title')).toBe('Phòng Văn hóa – Xã hội | Ủy ban nhân dân xã Hà Trung');
  });

  test('news items, stories and decisions say when they were published, and a revoked decision when it changed', async ({ page }) => {
    await page.goto(PAGE_TYPES.article);
    expect(await meta(page, 'article:published_time')).toBe('2025-08-12');
    expect(await meta(page, 'article:section')).toBe('Hạ tầng, giải phóng mặt bằng');
    await page.goto(PAGE_TYPES.story);
    expect(await meta(page, 'article:published_time')).toBe('2025-10-10');
    await page.goto(PAGE_TYPES.award);
    expect(await meta(page, 'article:published_time')).toBe('2025-11-18');
    await expect(page.locator('meta[property="article:modified_time"]')).toHaveCount(0);
    // A revoked decision's page changed on the day it was revoked, and says so to whatever reads a shared link.
    await page.goto(PAGE_TYPES.revokedAward);
    expect(await meta(page, 'article:modified_time')).toBe('2025-12-20');
  });
});

test.describe('structured data', { tag: '@once' }, () => {

  test('home and about describe the committee as a government organisation', async ({ page }) => {
    for (const path of [PAGE_TYPES.home, PAGE_TYPES.about]) {
      await page.goto(path);
      const data = await structuredData(page);
      expect(data).toEqual([expect.objectContaining({ '@type': 'GovernmentOrganization', name: settings.committee, url: site.href })]);
      // The contacts in content/settings are samples, left out: a search engine would offer to call the number.
      // A confirmed one is given (tests/unit/structuredData.test.ts).
      expect(settings.sample).toBe(true);
      expect(data[0]).not.toHaveProperty('telephone');
    }
  });

  test('a news item is a NewsArticle published by the committee', async ({ page }) => {
    await page.goto(PAGE_TYPES.article);
    const [data] = await structuredData(page);
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      // A sample, as every news item of content/ is: marked as its tab title is.
      headline: `Nội dung mẫu: ${await page.getByRole('heading', { level: 1 }).textContent()}`,
      datePublished: '2025-08-12',
      image: await meta(page, 'og:image'),
      publisher: { '@type': 'GovernmentOrganization', name: settings.committee },
    });
  });

  test('a story is an Article about a Person or an Organization, by the kind of its subject', async ({ page }) => {
    await page.goto(PAGE_TYPES.story);
    expect((await structuredData(page))[0]).toMatchObject({
      '@type': 'Article',
      about: { '@type': 'Organization', name: 'Hộ ông Hoàng Văn E', memberOf: { name: 'Thôn Đồng Xá' } },
    });
    await page.goto('/guong-dien-hinh/ong-nguyen-van-a-nguoi-truong-thon-tan-tuy-voi-cong-tac-giai-phong-mat-bang/');
    expect((await structuredData(page))[0]).toMatchObject({
      '@type': 'Article',
      about: { '@type': 'Person', name: 'Ông Nguyễn Văn A', jobTitle: 'Trưởng thôn Đại Lan' },
    });
  });
});
