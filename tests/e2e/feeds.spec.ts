// The feeds as a feed reader gets them from the built site, read by an independent XML parser: RSS 2.0 in
// Vietnamese, the latest items newest first, each linking to a built page, with full content whose every address is
// absolute. Then what a resident sees on opening a feed in a browser, and the files for search engines.
import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { parse } from 'yaml';
import { NEWS_CATEGORIES } from '../../src/lib/options';

const site = new URL(parse(readFileSync('content/settings/index.yaml', 'utf8')).siteUrl);
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'item' || name === 'category' });
const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

interface Item {
  title: string;
  link: string;
  guid: { '#text': string; '@isPermaLink': string };
  pubDate?: string;
  description: string;
  category: string[];
  'content:encoded': string;
}

/** The feeds the Theo dõi page lists: every feed the site has. */
async function listedFeeds(request: APIRequestContext): Promise<string[]> {
  const html = await (await request.get('/theo-doi/')).text();
  return [...new Set([...html.matchAll(/href="([^"]*\/rss\.xml)"/g)].map((m) => m[1]!))];
}

/** The path on the built site of an absolute address on the public site. */
function onSite(address: string): string {
  const url = new URL(address);
  expect(url.origin, address).toBe(site.origin);
  return url.pathname;
}

// What a feed says does not depend on the screen: these run once (@once).
test.describe('feeds', { tag: '@once' }, () => {

  test('the Theo dõi page lists every feed: the site, its three sections, every category, every unit', async ({ request }) => {
    const feeds = await listedFeeds(request);
    const units = readdirSync('content/units').length;
    expect(feeds).toContain('/rss.xml');
    expect(feeds).toEqual(expect.arrayContaining(['/tin-tuc/rss.xml', '/guong-dien-hinh/rss.xml', '/khen-thuong/rss.xml']));
    expect(feeds.filter((f) => f.startsWith('/tin-tuc/chuyen-muc/'))).toHaveLength(NEWS_CATEGORIES.length);
    expect(feeds.filter((f) => f.startsWith('/don-vi/'))).toHaveLength(units);
    expect(feeds).toHaveLength(1 + 3 + NEWS_CATEGORIES.length + units);
  });

  test('every feed is valid RSS 2.0 in Vietnamese, newest first, at most 50 items, each complete and absolute', async ({ request }) => {
    const pages = new Set<string>();
    const feeds = await listedFeeds(request);
    // The check really ran: the list is the one the test above holds to every feed.
    expect(feeds.length).toBeGreaterThan(10);
    let absolute = 0;
    const helps: string[] = [];
    for (const feed of feeds) {
      const response = await request.get(feed);
      expect(response.status(), feed).toBe(200);
      const body = await response.text();
      expect(SyntaxValidator.validate(body), feed).toBe(true);
      // The XSL page first, for browsers with XSLT; then the CSS, for those without it.
      expect(body, feed).toContain('?><?xml-stylesheet href="/rss.xsl" type="text/xsl"?><?xml-stylesheet href="/rss.css" type="text/css"?><rss ');
      const { rss } = xml.parse(body);
      expect(rss['@version'], feed).toBe('2.0');
      const channel = rss.channel;
      expect(channel.language, feed).toBe('vi');
      expect(channel.title, feed).toMatch(/Ủy ban nhân dân xã Hà Trung$/);
      expect(channel.description, feed).toBeTruthy();
      // Its own address, and where the follow page explains it (the XSL page's guide link), which the end checks.
      const link = (rel: string) => (channel['atom:link'] as { '@rel': string; '@href': string }[]).find((l) => l['@rel'] === rel)?.['@href'];
      expect(link('self'), feed).toBe(new URL(feed, site).href);
      const help = new URL(link('help')!);
      expect(help.origin, feed).toBe(site.origin);
      expect(help.pathname + help.hash, feed).toMatch(/^\/theo-doi\/#nguon/);
      helps.push(link('help')!);
      pages.add(onSite(channel.link));

      const items: Item[] = channel.item ?? [];
      expect(items.length, feed).toBeLessThanOrEqual(50);
      const dates = items.map((item) => (item.pubDate ? Date.parse(item.pubDate) : undefined));
      for (const item of items) {
        const where = `${feed}: ${item.link}`;
        expect(item.title, where).toBeTruthy();
        expect(item.guid, where).toEqual({ '#text': item.link, '@isPermaLink': 'true' });
        if (item.pubDate !== undefined) expect(item.pubDate, where).toMatch(RFC_822);
        expect(item.description, where).toBeTruthy();
        expect(item.category.length, where).toBeGreaterThan(0);
        pages.add(onSite(item.link));
        const content = item['content:encoded'];
        expect(content.length, where).toBeGreaterThan(100);
        for (const [, address] of content.matchAll(/(?:href|src|poster|cite)="([^"]*)"/g)) {
          expect(address, where).toMatch(/^(https:\/\/|mailto:|tel:)/);
          absolute++;
          if (address!.startsWith(site.origin)) pages.add(onSite(address!));
        }
        for (const [, srcset] of content.matchAll(/srcset="([^"]*)"/g)) {
          for (const candidate of srcset!.split(',')) pages.add(onSite(candidate.trim().split(/\s+/)[0]!));
        }
      }
      // Newest first; items without a date (a plan whose date of issue is not recorded) only at the end.
      const dated = dates.filter((d) => d !== undefined);
      expect(dates.slice(0, dated.length), `${feed}: undated items last`).toEqual(dated);
      expect(dated, `${feed}: newest first`).toEqual([...dated].sort((a, b) => b - a));
    }
    // The items' addresses were found and checked: a change in how the content is quoted would leave none to check.
    expect(absolute).toBeGreaterThan(100);
    // Every link and image leads to a built file: drafts, which have no page, never appear.
    for (const path of pages) expect((await request.get(path)).status(), path).toBe(200);
    // Each feed's help is its own entry on the follow page.
    const follow = await (await request.get('/theo-doi/')).text();
    for (const help of helps) expect(follow, help).toContain(`id="${help.split('#')[1]}"`);
    expect(new Set(helps).size).toBe(feeds.length);
  });

  test('the site feed carries news, stories, decisions and the plan; a unit feed its own news, stories and decisions', async ({ request }) => {
    const categories = async (feed: string) =>
      ((xml.parse(await (await request.get(feed)).text()).rss.channel.item ?? []) as Item[]).map((item) => item.category[0]);
    expect(new Set(await categories('/rss.xml'))).toEqual(new Set(['Tin tức', 'Gương điển hình', 'Khen thưởng', 'Kế hoạch']));
    expect(new Set(await categories('/don-vi/thon-dong-xa/rss.xml'))).toEqual(new Set(['Tin tức', 'Gương điển hình', 'Khen thưởng']));
    // A village's feed also carries what is about the units in it: the story of Đồng Xá's cooperative.
    const village = xml.parse(await (await request.get('/don-vi/thon-dong-xa/rss.xml')).text()).rss.channel.item as Item[];
    // A sample story, marked as its page is: a feed reader lists the title alone. So is a made-up village's feed.
    expect(village.map((item) => item.title)).toContain('Nội dung mẫu: Hợp tác xã Rau an toàn Đồng Xá đi đầu sản xuất nông nghiệp xanh');
    const villageFeed = xml.parse(await (await request.get('/don-vi/thon-dong-xa/rss.xml')).text()).rss.channel;
    expect(villageFeed.title).toMatch(/^Nội dung mẫu: Thôn Đồng Xá/);
    // Its name in running text as Vietnamese writes it, the common noun in small letters.
    expect(villageFeed.description).toBe('Tin tức, gương điển hình và khen thưởng của thôn Đồng Xá và các đơn vị trên địa bàn.');
    expect(xml.parse(await (await request.get('/don-vi/phong-van-hoa-xa-hoi/rss.xml')).text()).rss.channel.title).toMatch(/^Phòng Văn hóa – Xã hội/);
    const category = xml.parse(await (await request.get('/tin-tuc/chuyen-muc/ha-tang/rss.xml')).text()).rss.channel.item as Item[];
    expect(category.length).toBeGreaterThan(0);
    for (const item of category) expect(item.category.slice(0, 2)).toEqual(['Tin tức', 'Hạ tầng, giải phóng mặt bằng']);
  });

  test("a story's photo fills a feed reader's column with the largest file there is, not the page's small one", async ({ page, request }) => {
    const items = xml.parse(await (await request.get('/guong-dien-hinh/rss.xml')).text()).rss.channel.item as Item[];
    const photos = items.map((item) => item['content:encoded'].match(/<img [^>]*>/)?.[0]).filter((img) => img !== undefined);
    expect(photos.length).toBeGreaterThan(3);
    // A reader's column of 680 px in a 1280 px window, the images from this build.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await page.setContent(`<div style="width: 680px">${photos.join('').replaceAll(site.origin, '')}</div>`);
    for (const img of await page.locator('img').all()) {
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.currentSrc !== '')).toBe(true);
      const largest = (await img.getAttribute('srcset'))!.split(',').at(-1)!.trim().split(/\s+/)[0]!;
      expect(await img.evaluate((el: HTMLImageElement) => new URL(el.currentSrc).pathname)).toBe(largest);
    }
  });

  test("the plan's feed item holds the whole document, down to where it is sent and who signed it", async ({ request }) => {
    const items = xml.parse(await (await request.get('/rss.xml')).text()).rss.channel.item as Item[];
    const plan = items.find((item) => item.link.endsWith('/ke-hoach/thi-dua-cao-diem-2025/'))!;
    // The commune's own document: no sample mark.
    expect(plan.title).toBe('Kế hoạch tổ chức phong trào thi đua cao điểm chào mừng Đại hội đại biểu Đảng bộ xã Hà Trung lần thứ I, nhiệm kỳ 2025-2030');
    const text = plan['content:encoded'].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('VI. TỔ CHỨC THỰC HIỆN');
    expect(text).toContain('Nơi nhận: - Sở Nội vụ (b/c);');
    expect(text.indexOf('Trịnh Hồng Sơn')).toBeGreaterThan(text.indexOf('Nơi nhận'));
  });

  test('a revoked decision says so in its feed item, where a reader sees no page', async ({ request }) => {
    const items = xml.parse(await (await request.get('/khen-thuong/rss.xml')).text()).rss.channel.item as Item[];
    const revoked = items.find((item) => item.title.includes('Quyết định 226/QĐ-UBND'))!;
    expect(revoked.title).toMatch(/^Nội dung mẫu: Quyết định 226\/QĐ-UBND \(đã thu hồi\): /);
    expect(revoked.description).toMatch(/^Quyết định này đã bị thu hồi\. /);
    // An id of its own once revoked: a reader that had the decision passes over an id it has seen, and would never
    // show the revocation. It points at the page's notice.
    expect(revoked.link).toMatch(/\/khen-thuong\/qd-226-qd-ubnd-2025\/#thu-hoi$/);
    expect(revoked.guid['#text']).toBe(revoked.link);
    // Dated the day it was revoked, 20/12/2025 (signed 08/12): new among the newest, where a reader looks.
    expect(new Date(revoked.pubDate!).toISOString().slice(0, 10)).toBe('2025-12-20');
    expect(items[0]!.title).toBe(revoked.title);
    const inForce = items.find((item) => item.title.includes('Quyết định 205/QĐ-UBND'))!;
    expect(inForce.link).toMatch(/\/khen-thuong\/qd-205-qd-ubnd-2025\/$/);
  });

  // That it lists every page is builtPages's check (builtSite.ts), which the gates run.
  test('robots.txt names the sitemap, whose every address answers, and no 404 page, feed or image', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${new URL('/sitemap-index.xml', site).href}`);
    const index = xml.parse(await (await request.get('/sitemap-index.xml')).text());
    const sitemaps = [index.sitemapindex.sitemap].flat().map((s: { loc: string }) => s.loc);
    const urls: string[] = [];
    for (const sitemap of sitemaps) {
      const { urlset } = xml.parse(await (await request.get(onSite(sitemap))).text());
      urls.push(...[urlset.url].flat().map((u: { loc: string }) => u.loc));
    }
    expect(urls).toContain(new URL('/theo-doi/', site).href);
    for (const url of urls) {
      expect(url).toMatch(/\/$/);
      expect(url).not.toContain('404');
      expect((await request.get(onSite(url))).status(), url).toBe(200);
    }
  });
});

/**
 * A page of Chromium with XSLT turned on or off by its flag, whatever the version's default: Chrome turns XSLT off from
 * version 158, so a feed opened in a browser shows either the page of rss.xsl.ts or the feed styled by rss.css.ts,
 * and both are tested.
 */
const feedTest = test.extend<{ xslt: boolean; feedPage: Page }>({
  xslt: [true, { option: true }],
  feedPage: async ({ playwright, launchOptions, xslt, viewport, isMobile, baseURL }, use) => {
    const flag = `--${xslt ? 'enable' : 'disable'}-features=XSLT`;
    const browser = await playwright.chromium.launch({ ...launchOptions, args: [...(launchOptions.args ?? []), flag] });
    try {
      // A page of its own context: axe needs one.
      const page = await (await browser.newContext({ viewport, isMobile, baseURL })).newPage();
      expect(await page.evaluate(() => 'XSLTProcessor' in window), `this Chromium does not take ${flag}`).toBe(xslt);
      await use(page);
    } finally {
      await browser.close();
    }
  },
});

feedTest.describe('a feed opened in a browser', () => {
  feedTest.beforeEach(async ({ feedPage: page }) => {
    await page.goto('/don-vi/thon-dong-xa/rss.xml');
    // Chromium announces, over the page, that it will drop XSLT; that notice is the browser's, not the site's.
    await page.evaluate(() => document.querySelector('xslt-warning-banner')?.remove());
  });

  feedTest('reads as a page in Vietnamese that says what it is and gives the address to copy', async ({ feedPage: page }) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Thôn Đồng Xá');
    await expect(page.getByRole('heading', { name: 'Trang này dùng để làm gì?' })).toBeVisible();
    await expect(page.locator('code')).toHaveText(new URL('/don-vi/thon-dong-xa/rss.xml', site).href);
    const items = page.getByRole('listitem');
    expect(await items.count()).toBeGreaterThan(0);
    await expect(items.first()).toContainText(/Đăng ngày \d{1,2} tháng \d{1,2} năm \d{4}/);
    const size = await page.locator('body').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(17);
    // The guide opens at this feed's own entry among the thirty, as the village page's link does: on the public site,
    // whose address every link of a feed carries, and here on the built one.
    const guide = async () => {
      const href = await page.getByRole('link', { name: 'Hướng dẫn theo dõi từng bước' }).getAttribute('href');
      const url = new URL(href!);
      expect(url.origin).toBe(site.origin);
      await page.goto(url.pathname + url.hash);
      return url;
    };
    expect((await guide()).href).toBe(new URL('/theo-doi/#nguon-don-vi-thon-dong-xa', site).href);
    const entry = page.locator(':target');
    await expect(entry).toBeInViewport();
    await expect(entry.getByRole('link', { name: new URL('/don-vi/thon-dong-xa/rss.xml', site).href })).toBeVisible();
    // The site's feed, at the top of the list, the same way.
    await page.goto('/rss.xml');
    await guide();
    await expect(page.locator(':target').getByRole('link', { name: new URL('/rss.xml', site).href })).toBeVisible();
  });

  feedTest('has no WCAG 2.1 A/AA violations and fits the screen', async ({ feedPage: page }) => {
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

// Before rss.css, such a browser showed the feed's XML tree under an English notice, shrunk from 980 px on a phone.
feedTest.describe('a feed opened in a browser without XSLT', { tag: '@once' }, () => {
  feedTest.use({ xslt: false, isMobile: true, viewport: { width: 390, height: 844 } });

  feedTest('reads in Vietnamese at the phone\'s width: what it is, how to follow it, its latest items', async ({ feedPage: page, request }) => {
    const feed = '/don-vi/thon-dong-xa/rss.xml';
    const [first] = xml.parse(await (await request.get(feed)).text()).rss.channel.item as Item[];
    await page.goto(feed);
    expect(await page.evaluate(() => innerWidth)).toBe(390);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const size = await page.locator(':root').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(17);
    // Its words are the stylesheet's generated text, which the accessibility tree holds as it is shown.
    const seen = await page.locator(':root').ariaSnapshot();
    expect(seen).toContain('Nguồn tin RSS Nội dung mẫu: Thôn Đồng Xá | Ủy ban nhân dân xã Hà Trung');
    expect(seen).toContain('bạn sao chép địa chỉ của trang này (trên thanh địa chỉ của trình duyệt) rồi dán vào ứng dụng đọc tin');
    expect(seen).toContain(`Hướng dẫn theo dõi từng bước ở trang ${new URL('/theo-doi/', site).href}`);
    expect(seen).toContain('Tin mới nhất trong nguồn tin này');
    expect(seen).toContain(`${first!.title} ${first!.description} ${first!.category[0]}`);
    // Not the parts meant for feed readers: addresses, the English date, the full text.
    for (const hidden of [first!.link, first!.pubDate!, '<p>']) expect(seen).not.toContain(hidden);
    // In Vietnamese, for a screen reader's voice and the browser's offer to translate, as the XSL page says.
    expect(await page.evaluate(() => document.documentElement.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang'))).toBe('vi');
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await page.goto('/don-vi/van-phong-hdnd-ubnd/rss.xml');
    const empty = await page.locator(':root').ariaSnapshot();
    expect(empty).toContain('Nguồn tin này chưa có tin nào.');
    expect(empty).not.toContain('Tin mới nhất');
  });
});

test('the Theo dõi page explains RSS step by step and sharing on Zalo and Facebook', async ({ page }) => {
  await page.goto('/theo-doi/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Theo dõi tin của xã');
  for (const name of ['RSS là gì?', 'Cách theo dõi, từng bước', 'Chia sẻ qua Zalo, Facebook', 'Danh sách nguồn tin']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Cách theo dõi, từng bước' }).getByRole('listitem')).toHaveCount(4);
  // Its contents lead to each list of feeds, with how many it has: a village's is screens down.
  const contents = page.getByRole('navigation', { name: 'Mục lục' });
  for (const list of ['Cả trang', 'Theo mục', 'Tin tức theo chuyên mục', 'Theo đơn vị, thôn, tiểu khu']) {
    const count = await page.getByRole('region', { name: list, exact: true }).getByRole('listitem').count();
    await expect(contents.getByRole('listitem').filter({ hasText: list })).toHaveText(`${list} (${count})`);
    // The count is in the link, read with it by a screen reader listing the page's links.
    await expect(contents.getByRole('link', { name: `${list} (${count})`, exact: true })).toBeVisible();
  }
  await contents.getByRole('link', { name: 'Theo đơn vị, thôn, tiểu khu' }).click();
  await expect(page.getByRole('heading', { name: 'Theo đơn vị, thôn, tiểu khu' })).toBeInViewport();
  const village = page.getByRole('region', { name: 'Theo đơn vị, thôn, tiểu khu' }).getByRole('listitem').filter({ hasText: /Thôn Đồng Xá/ });
  const address = new URL('/don-vi/thon-dong-xa/rss.xml', site).href;
  await expect(village.getByRole('link')).toContainText(address);
  // A screen reader's list of links hears whose address each is, not thirty near-alike addresses.
  await expect(village.getByRole('link')).toHaveAccessibleName(`Địa chỉ nguồn tin thôn Đồng Xá: ${address}`);
  // A feed with nothing in it yet says so, and one with items does not.
  const byUnit = page.getByRole('region', { name: 'Theo đơn vị, thôn, tiểu khu' }).getByRole('listitem');
  await expect(byUnit.filter({ hasText: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã' })).toContainText('Chưa có tin nào.');
  await expect(village).not.toContainText('Chưa có tin nào.');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Theo dõi tin mới' }).click();
  await expect(page).toHaveURL(/\/theo-doi\/$/);
});

// Pressing and holding a link to copy it was the hardest step for elderly residents: a button copies the address.
test('"Sao chép địa chỉ" copies a feed\'s address and says so; without JavaScript the steps\' press and hold is all there is', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/theo-doi/');
  const step3 = page.getByRole('region', { name: 'Cách theo dõi, từng bước' }).getByRole('listitem').nth(2);
  await expect(step3).toHaveText(
    'Sao chép địa chỉ của nguồn tin đó. Cách dễ nhất: bấm nút “Sao chép địa chỉ” ngay dưới địa chỉ. Trên điện thoại: bấm và giữ ngón tay lên địa chỉ cho đến khi hiện bảng chọn, rồi chọn sao chép địa chỉ liên kết.',
    { useInnerText: true },
  );
  const feedsOf = (list: string) => page.getByRole('region', { name: list, exact: true }).getByRole('listitem');
  const village = feedsOf('Theo đơn vị, thôn, tiểu khu').filter({ hasText: /Thôn Đồng Xá/ }).getByRole('button');
  // Each button names its feed for a screen reader, among the page's tens of "Sao chép địa chỉ".
  await expect(village).toHaveAccessibleName('Sao chép địa chỉ nguồn tin thôn Đồng Xá');
  await expect(village).toContainText('Sao chép địa chỉ');
  await village.click();
  await expect(village).toHaveAccessibleName('Đã sao chép địa chỉ nguồn tin thôn Đồng Xá');
  await expect(page.getByRole('status')).toHaveText('Đã sao chép địa chỉ nguồn tin thôn Đồng Xá');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('/don-vi/thon-dong-xa/rss.xml', site).href);
  // The next copy is the one the page says is done.
  const news = feedsOf('Theo mục').filter({ hasText: 'Tin tức' }).first().getByRole('button');
  await news.click();
  await expect(news).toContainText('Đã sao chép địa chỉ');
  await expect(village).toHaveAccessibleName('Sao chép địa chỉ nguồn tin thôn Đồng Xá');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('/tin-tuc/rss.xml', site).href);

  const withoutScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await withoutScript.newPage();
  await plain.goto('/theo-doi/');
  await expect(plain.getByRole('link', { name: new URL('/don-vi/thon-dong-xa/rss.xml', site).href })).toBeVisible();
  await expect(plain.getByRole('button', { name: /Sao chép địa chỉ/ })).toHaveCount(0);
  // Nor do the steps send anyone to look for one.
  await expect(plain.getByRole('region', { name: 'Cách theo dõi, từng bước' }).getByRole('listitem').nth(2)).toHaveText(
    'Sao chép địa chỉ của nguồn tin đó. Trên điện thoại: bấm và giữ ngón tay lên địa chỉ cho đến khi hiện bảng chọn, rồi chọn sao chép địa chỉ liên kết.',
    { useInnerText: true },
  );
  await withoutScript.close();
});

test('a copy the browser refuses says so, and how to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await page.goto('/theo-doi/');
  const button = page.getByRole('region', { name: 'Cả trang', exact: true }).getByRole('button');
  await button.click();
  await expect(button).toHaveAccessibleName('Chưa sao chép được: hãy chọn địa chỉ ở trên rồi sao chép nguồn tin Tin mới của phong trào thi đua');
  await expect(page.getByRole('status')).toHaveText('Chưa sao chép được: hãy chọn địa chỉ ở trên rồi sao chép nguồn tin Tin mới của phong trào thi đua');
});

// The visible link leads to the page's own feed on the follow page, where the address is to copy and the steps are
// one tap away; not to the feed, which Chrome without XSLT shows without links or a copy box (rss.css).
const FOLLOWED: [page: string, feedName: string, feed: string][] = [
  // A made-up village's feed says so where a resident copies it, as its channel title does in a feed reader.
  ['/don-vi/thon-dong-xa/', 'Nội dung mẫu: Thôn Đồng Xá', '/don-vi/thon-dong-xa/rss.xml'],
  // The village's stories are followed through the village's own feed.
  ['/guong-dien-hinh/don-vi/thon-dong-xa/', 'Nội dung mẫu: Thôn Đồng Xá', '/don-vi/thon-dong-xa/rss.xml'],
  ['/tin-tuc/', 'Tin tức', '/tin-tuc/rss.xml'],
  ['/tin-tuc/chuyen-muc/ha-tang/', 'Hạ tầng, giải phóng mặt bằng', '/tin-tuc/chuyen-muc/ha-tang/rss.xml'],
  ['/guong-dien-hinh/doi-tuong/ho-gia-dinh/', 'Gương điển hình tiên tiến, gương người tốt, việc tốt', '/guong-dien-hinh/rss.xml'],
  ['/khen-thuong/', 'Bảng vàng khen thưởng', '/khen-thuong/rss.xml'],
];
for (const [path, name, feed] of FOLLOWED) {
  test(`"Theo dõi tin mới của trang này" on ${path} shows that feed's address on the follow page, with the steps a tap away`, async ({ page, request }) => {
    await page.goto(path);
    await page.getByRole('link', { name: 'Theo dõi tin mới của trang này' }).click();
    await expect(page).toHaveURL(/\/theo-doi\/#nguon-/);
    const entry = page.locator(':target');
    await expect(entry).toHaveCount(1);
    await expect(entry).toBeInViewport();
    await expect(entry.getByText(name, { exact: true })).toBeVisible();
    const address = entry.getByRole('link', { name: new URL(feed, site).href });
    await expect(address).toHaveAttribute('href', feed);
    expect(await (await request.get(feed)).text()).toContain('<rss');
    // Only the entry the resident came to says what to do with the address, and leads back to the steps.
    await expect(entry).toContainText('Sao chép địa chỉ trên (trên điện thoại: bấm và giữ ngón tay lên địa chỉ');
    await expect(page.getByRole('link', { name: 'Cách theo dõi, từng bước' })).toHaveCount(1);
    await entry.getByRole('link', { name: 'Cách theo dõi, từng bước' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Cách theo dõi, từng bước' })).toBeInViewport();
  });
}
