import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { paths } from '../../src/lib/urls';
import { readAsOldBrowser } from './oldBrowser';
import { PAGE_TYPES, READING_PAGES } from './pages';

/** Fails when the page scrolls sideways at any of `widths`; `font` says which font the page was set in. */
async function expectNoSidewaysScroll(page: Page, widths: number[], font: string): Promise<void> {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `sideways scroll at ${width} px, ${font}`).toBeLessThanOrEqual(0);
  }
}

/** The page's next loads get no web font, as a reader whose network was too slow for it. */
async function withoutWebFont(page: Page): Promise<void> {
  await page.route('**/*.woff2', (route) => route.abort());
}

test.describe('every page type', () => {
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    test(`${type} is Vietnamese, has the commune's header and footer, fits a 320 px screen, loads only its own files`, async ({
      page,
    }) => {
      const foreign: string[] = [];
      page.on('request', (r) => !r.url().startsWith('http://127.0.0.1') && foreign.push(r.url()));
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
      await expect(page.getByRole('banner')).toContainText('Ủy ban nhân dân xã Hà Trung', { ignoreCase: true });
      await expect(page.getByRole('contentinfo')).toContainText('Phòng Văn hóa – Xã hội');
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      const widths = [320, page.viewportSize()!.width];
      await expectNoSidewaysScroll(page, widths, 'as loaded');
      // The web font is shown only when it is at hand at once (font-display: optional); otherwise, as on a first visit
      // over a slow network, the fallback font is: the page must fit in either.
      await withoutWebFont(page);
      await page.reload();
      await expectNoSidewaysScroll(page, widths, 'in the fallback font');
      expect(foreign).toEqual([]);
    });
  }

  for (const path of READING_PAGES) {
    // Its inline script, 1 KB at most, is weighed in bytes on every built page by gates.spec.ts.
    test(`reading page ${path} loads no script file`, async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(scripts).toEqual([]);
    });
  }

  for (const path of READING_PAGES) {
    test(`reading page ${path} shows the way back: home, its section, then the page itself`, async ({ page }) => {
      // The section is the first folder of the page's address: /van-ban/ for /van-ban/luat-…/.
      const section = path.replace(/^(\/[^/]+\/).*$/, '$1');
      await page.goto(path);
      const trail = page.getByRole('navigation', { name: 'Bạn đang ở' });
      const steps = trail.getByRole('listitem');
      await expect(steps.first().getByRole('link')).toHaveAttribute('href', '/');
      await expect(steps.first()).toHaveText('Trang chủ');
      await expect(steps.nth(1).getByRole('link')).toHaveAttribute('href', section);
      const here = steps.last();
      await expect(here).toHaveAttribute('aria-current', 'page');
      await expect(here.getByRole('link')).toHaveCount(0);
      // On a phone the page's own step is for screen readers only: the title below it says the same, and it took up
      // to three lines.
      const width = (await here.boundingBox())!.width;
      if (page.viewportSize()!.width < 640) expect(width).toBeLessThanOrEqual(1);
      else expect(width).toBeGreaterThan(20);
      // Either way the page shows what its step says: the title, or the line above it (a decision's number).
      // (Its words as heard: the separator before them is for the eye.)
      const label = (await here.ariaSnapshot()).replace(/^- listitem: /, '').replace(/^"|"$/g, '');
      expect(label).not.toContain('›');
      await expect(page.getByRole('article').getByText(label, { exact: true }).filter({ visible: true }).first()).toBeVisible();
      await steps.nth(1).getByRole('link').click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(new URL(page.url()).pathname).toBe(section);
    });
  }
});

// Every list shows the way home, as the reading pages do; the plans and documents lists had none.
for (const path of [PAGE_TYPES.plans, PAGE_TYPES.news, PAGE_TYPES.stories, PAGE_TYPES.awards, PAGE_TYPES.units, PAGE_TYPES.documents]) {
  test(`list ${path} leads back home from its trail`, async ({ page }) => {
    await page.goto(path);
    const trail = page.getByRole('navigation', { name: 'Bạn đang ở' });
    await expect(trail.getByRole('link', { name: 'Trang chủ' })).toHaveAttribute('href', '/');
    await expect(trail.getByRole('listitem').last()).toHaveAttribute('aria-current', 'page');
  });
}

test('the skip link is the first stop of the keyboard and leads to the content', async ({ page }) => {
  await page.goto('/ke-hoach/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Chuyển đến nội dung chính' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#noi-dung$/);
});

/** Opens the site's menu where a phone folds it behind its button; a wider screen shows it open, with no button. */
async function openMenu(page: Page): Promise<void> {
  const button = page.getByRole('banner').getByText('Danh mục', { exact: true });
  if (await button.isVisible()) await button.click();
}

/** Opens the news categories where a phone folds them behind "Chuyên mục: …" (pages.spec.ts). */
async function openCategories(page: Page): Promise<void> {
  const button = page.getByRole('navigation', { name: 'Chuyên mục' }).getByText(/^Chuyên mục: /);
  if (await button.isVisible()) await button.click();
}

test('every link of the main navigation leads to a page', async ({ page, request }) => {
  await page.goto('/');
  await openMenu(page);
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  const links = await nav.getByRole('link').all();
  expect(links.length).toBe(9);
  for (const link of links) {
    const href = (await link.getAttribute('href'))!;
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
  }
  await expect(nav.getByRole('link', { name: 'Trang chủ' })).toHaveAttribute('aria-current', 'page');
});

// Nine links took half of a phone's first screen on every page, and all of it with the phone's text enlarged: a
// phone folds them behind "Danh mục", which opens them without JavaScript; a wider screen shows them.
test('a phone folds the menu behind "Danh mục", which opens it; a wider screen shows it open', { tag: '@once' }, async ({ browser }) => {
  for (const [width, folded] of [[360, true], [1280, false]] as const) {
    const context = await browser.newContext({ viewport: { width, height: 740 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE_TYPES.article);
    const button = page.getByRole('banner').getByText('Danh mục', { exact: true });
    const news = page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tin tức' });
    if (folded) {
      await expect(news).toBeHidden();
      // Folded, the menu is still a landmark a screen reader can go to, holding its button.
      await expect(page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Danh mục')).toBeVisible();
      // The page's own heading starts on the first screen, below the commune's name, the button and the search box.
      expect((await page.getByRole('heading', { level: 1 }).boundingBox())!.y).toBeLessThan(500);
      await button.click();
    } else {
      await expect(button).toBeHidden();
    }
    await expect(news).toBeVisible();
    await news.click();
    await expect(page).toHaveURL(/\/tin-tuc\/$/);
    await context.close();
  }
});

// Phones that no longer update keep the browser of their last update (Android 5 stopped at Chrome 95, iPads of 2014
// and 2015 at Safari 15), and such a browser drops what it cannot read: before the stylesheet was written out for
// it (astro.config.mjs), that was all of it, and the menu's icon filled a phone's screen. There the menu stays folded
// on a wide screen too (global.css, .phone-fold), and opens.
test('a browser of 2021 still gets the styled page: its colours, a phone\'s first screen, a wide screen\'s layout', { tag: '@once' }, async ({ browser }) => {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 740 } });
    await readAsOldBrowser(context);
    const page = await context.newPage();
    await page.goto(PAGE_TYPES.article);
    const banner = page.getByRole('banner');
    await expect(banner).toHaveCSS('background-color', 'rgb(11, 58, 106)');
    const news = page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tin tức' });
    await expect(news).toBeHidden();
    expect((await page.getByRole('heading', { level: 1 }).boundingBox())!.y).toBeLessThan(500);
    // The search box: as wide as the phone allows, on a wide screen no wider than 28 em (sm:max-w-md).
    const box = (await banner.getByRole('searchbox').boundingBox())!;
    if (width === 360) expect(box.width).toBeGreaterThan(200);
    else expect(box.width).toBeLessThanOrEqual(28 * 18);
    await banner.getByText('Danh mục', { exact: true }).click();
    await expect(news).toBeVisible();
    await context.close();
  }
});

test('on a phone, Escape folds the menu opened from the keyboard back behind its button', { tag: '@once' }, async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(PAGE_TYPES.article);
  const button = page.getByRole('banner').getByText('Danh mục', { exact: true });
  const news = page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tin tức' });
  await button.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Trang chủ' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(news).toBeHidden();
  await expect(button).toBeFocused();
  // Escape elsewhere leaves the page as it is.
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
  // The news categories fold the same way.
  await page.goto(PAGE_TYPES.news);
  const categories = page.getByRole('navigation', { name: 'Chuyên mục' });
  const choice = categories.getByText(/^Chuyên mục: /);
  await choice.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(categories.getByRole('link', { name: 'Tất cả' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(categories.getByRole('link', { name: 'Tất cả' })).toBeHidden();
  await expect(choice).toBeFocused();
});

// A phone's text set twice as large: the menu's words ran together three to a row ("GươngKhen"), the search box
// shrank to two letters beside its button, and then, with the button below it, the header took 769 px of a 740 px
// screen, before a word of the page.
test('with a phone\'s text twice as large, no word of the menu runs into the next, the search box keeps its width, and the page starts on the first screen', { tag: '@once' }, async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await page.addStyleTag({ content: 'html { font-size: 225% !important }' });
  await openMenu(page);
  const links = page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link');
  await expect(links).toHaveCount(9);
  // Each link's words end inside its own box: not in the next one's, nor broken in the middle to fit (which the
  // page's overflow-wrap would do), so each word is measured whole.
  const overrun = (a: HTMLElement) => {
    a.style.overflowWrap = 'normal';
    const words = document.createRange();
    words.selectNodeContents(a);
    return words.getBoundingClientRect().right - a.getBoundingClientRect().right;
  };
  for (const link of await links.all()) {
    expect(await link.evaluate(overrun), (await link.textContent()) ?? undefined).toBeLessThanOrEqual(0);
  }
  const search = page.getByRole('search', { name: 'Tìm trên trang web' });
  const box = (await search.getByRole('searchbox').boundingBox())!;
  const button = (await search.getByRole('button', { name: 'Tìm' }).boundingBox())!;
  // The box and its button (a magnifier now) on one row, the box most of it.
  expect(button.y).toBeLessThan(box.y + box.height);
  expect(box.width).toBeGreaterThan(200);
  expect(box.width).toBeGreaterThan(2 * button.width);
  // Its hint ("Tìm kiếm") fits in it, less its padding: "Tìm trên trang web" was cut to "Tìm trên". (The room Chromium
  // keeps for the clear button, which cut it too, is not measurable from the page.)
  const hint = await search.getByRole('searchbox').evaluate(async (input: HTMLInputElement) => {
    await document.fonts.ready;
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = style.font;
    return { width: context.measureText(input.placeholder).width, room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
  });
  expect(hint.width).toBeGreaterThan(50);
  expect(hint.width).toBeLessThanOrEqual(hint.room);
  // The menu folded again: the header leaves at least a third of the screen to the page.
  await page.getByRole('banner').getByText('Danh mục', { exact: true }).click();
  expect((await page.getByRole('banner').boundingBox())!.height).toBeLessThan((740 * 2) / 3);
});

// The text size a reader sets in the phone's browser, which the page's media queries count in too (not a page's own
// font-size, which the tests above set): at twice the size a decision's title ran to 2.4 screens, a word or two a line.
test("with the browser's text twice as large on a phone, titles stay nearer the text's size, a decision's list in one column", { tag: '@once' }, async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  const sizes = () =>
    page.evaluate(() => {
      const size = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
      return { text: size(document.body), title: size(document.querySelector('h1')!), section: size(document.querySelector('main h2')!) };
    });
  await page.goto(PAGE_TYPES.award);
  const usual = await sizes();
  expect(usual.title / usual.text).toBe(1.5);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
  await page.reload();
  const large = await sizes();
  expect(large.text).toBe(2 * usual.text);
  expect(large.title / large.text).toBe(1.25);
  expect(large.section / large.text).toBe(1.1875);
  // The list of those rewarded is one column, each unit under its name: two squeezed a name to a word a line.
  const table = page.getByRole('table', { name: 'Danh sách tập thể, cá nhân được khen thưởng' });
  await expect(table.getByRole('columnheader')).toHaveText(['Tên']);
  const first = table.getByRole('rowheader').first();
  await expect(first).toContainText('Đơn vị, thôn, tiểu khu: Trung tâm Cung ứng dịch vụ công');
  await expect(first.getByRole('link', { name: 'Trung tâm Cung ứng dịch vụ công' })).toHaveAttribute('href', '/don-vi/trung-tam-cung-ung-dich-vu-cong/');
  // No heading outgrows the one above it: the plan's "1." under its "I.", a year's forms under the year.
  for (const [path, levels] of [
    [PAGE_TYPES.plan, ['.prose h2', '.prose h3']],
    [PAGE_TYPES.awards, ['main h2', 'main h3']],
  ] as const) {
    await page.goto(path);
    const [above, below] = await page.evaluate((selectors) => {
      const sizes = (selector: string) => [...document.querySelectorAll(selector)].map((h) => parseFloat(getComputedStyle(h).fontSize));
      return selectors.map(sizes);
    }, levels);
    expect(above!.length * below!.length, path).toBeGreaterThan(0);
    expect(Math.min(...above!), path).toBeGreaterThan(Math.max(...below!));
  }
});

// Printed with the text enlarged, the labels of a decision's facts took their full width, and "4127/QĐ-UBND" ran over
// the box's border. The same happens on a screen just wide enough for two columns, with the text twice as large.
test('with the text twice as large, a decision\'s or document\'s facts stay inside their box', { tag: '@once' }, async ({ page }) => {
  await page.setViewportSize({ width: 660, height: 900 });
  for (const path of [paths.award('qd-4127-qd-ubnd-2025'), PAGE_TYPES.document]) {
    await page.goto(path);
    await page.addStyleTag({ content: 'html { font-size: 225% !important }' });
    const facts = page.getByRole('main').locator('dl').first();
    const right = (await facts.boundingBox())!;
    // Each value's words measured whole, not broken in the middle to fit (which the page's overflow-wrap would do).
    const ends = await facts.locator('dd').evaluateAll((values) =>
      values.map((dd) => {
        (dd as HTMLElement).style.overflowWrap = 'normal';
        const words = document.createRange();
        words.selectNodeContents(dd);
        return { text: dd.textContent!.trim(), right: words.getBoundingClientRect().right };
      }),
    );
    expect(ends.length, path).toBeGreaterThan(4);
    for (const end of ends) expect(end.right, `${path}: ${end.text}`).toBeLessThanOrEqual(right.x + right.width);
  }
});

// The home page's headline ended "nhiệm kỳ 2025-" with "2030" alone on the next line on a 360 px phone.
test('on a small phone, a headline keeps its year range on one line', { tag: '@once' }, async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  /** How many lines `text` takes in the page's level-1 heading. */
  const linesOf = (text: string) =>
    page.getByRole('heading', { level: 1 }).evaluate((h1, text) => {
      const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      while (walker.nextNode()) {
        const at = walker.currentNode.textContent!.indexOf(text);
        if (at < 0) continue;
        range.setStart(walker.currentNode, at);
        range.setEnd(walker.currentNode, at + text.length);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      }
      return 0;
    }, text);
  for (const path of ['/', paths.award('qd-205-qd-ubnd-2025'), paths.plan('thi-dua-cao-diem-2025')]) {
    await page.goto(path);
    expect(await linesOf('2025-2030'), path).toBe(1);
  }
});

test('menus say "current page" only on the page itself, and "current" on its section or list elsewhere', async ({ page }) => {
  const menu = page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tin tức' });
  const all = page.getByRole('navigation', { name: 'Chuyên mục' }).getByRole('link', { name: 'Tất cả' });
  await page.goto(PAGE_TYPES.news);
  await openMenu(page);
  await openCategories(page);
  await expect(menu).toHaveAttribute('aria-current', 'page');
  await expect(all).toHaveAttribute('aria-current', 'page');
  // The chosen choice stands out to a sighted reader too, "Tất cả" as much as a category.
  const ground = (link: typeof all) => link.evaluate((element) => getComputedStyle(element).backgroundColor);
  const other = page.getByRole('navigation', { name: 'Chuyên mục' }).getByRole('link', { name: 'Kinh tế – xã hội' });
  expect(await ground(all)).not.toBe(await ground(other));
  await page.goto(PAGE_TYPES.newsPage2);
  await openMenu(page);
  await openCategories(page);
  await expect(menu).toHaveAttribute('aria-current', 'true');
  await expect(all).toHaveAttribute('aria-current', 'true');
  await page.goto(PAGE_TYPES.article);
  await openMenu(page);
  await expect(menu).toHaveAttribute('aria-current', 'true');
  await expect(menu).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  // The keyword pages list news, and their trail says so (Tin tức › Từ khóa), though they live under /the/.
  for (const path of [PAGE_TYPES.tags, PAGE_TYPES.tag]) {
    await page.goto(path);
    await openMenu(page);
    await expect(menu, path).toHaveAttribute('aria-current', 'true');
  }
});

// Windows' high contrast drops backgrounds: the white of the current menu item and the dark ground of the current page
// number were all that told them from the others.
test('in high contrast, the current menu item, category and page number are framed, the others not', { tag: '@once' }, async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(PAGE_TYPES.newsPage2);
  await openMenu(page);
  await openCategories(page);
  const frame = (locator: ReturnType<Page['locator']>) => locator.evaluate((el) => getComputedStyle(el).outlineStyle);
  const menu = page.getByRole('navigation', { name: 'Điều hướng chính' });
  expect(await frame(menu.getByRole('link', { name: 'Tin tức' }))).toBe('solid');
  expect(await frame(menu.getByRole('link', { name: 'Khen thưởng' }))).toBe('none');
  const categories = page.getByRole('navigation', { name: 'Chuyên mục' });
  expect(await frame(categories.getByRole('link', { name: 'Tất cả' }))).toBe('solid');
  expect(await frame(categories.getByRole('link', { name: 'Kinh tế – xã hội' }))).toBe('none');
  const pages = page.getByRole('navigation', { name: 'Các trang' });
  expect(await frame(pages.locator('[aria-current="page"]'))).toBe('solid');
  expect(await frame(pages.getByRole('link', { name: 'Trang 1' }))).toBe('none');
  // The keyboard on the current item: its focus ring, not the frame, which hid it.
  const current = menu.getByRole('link', { name: 'Tin tức' });
  await current.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(current).toBeFocused();
  await expect(current).toHaveCSS('outline-offset', '2px');
  // A plain link marked current, in the stories' ways of browsing, keeps its bold and is not framed over its letters.
  await page.goto(PAGE_TYPES.stories);
  expect(await frame(page.getByRole('navigation', { name: 'Xem theo' }).getByRole('link', { name: 'Tất cả' }))).toBe('none');
});

test('body text is at least 17 px, set in the self-hosted Vietnamese font, which loads for Vietnamese text', async ({ page }) => {
  const fonts: string[] = [];
  page.on('requestfinished', (r) => r.url().endsWith('.woff2') && fonts.push(new URL(r.url()).pathname));
  await page.goto('/ke-hoach/thi-dua-cao-diem-2025/');
  const paragraph = page.getByText('Năm 2025 có ý nghĩa đặc biệt quan trọng');
  const style = await paragraph.evaluate((el) => getComputedStyle(el));
  expect(parseFloat(style.fontSize)).toBeGreaterThanOrEqual(17);
  // Be Vietnam Pro first (under the name Astro gives it), then its size-matched system fallbacks.
  const family = style.fontFamily.split(',')[0]!;
  expect(family).toMatch(/^"Be Vietnam Pro-\w+"$/);
  expect(style.fontFamily).toContain('fallback: Roboto');
  // The font is shown only if it is at hand at once (font-display: optional), so ask for it as a later page would
  // find it: one face, one file from this site, draws all these letters, so that a word is never set half in the font
  // and half in the fallback (scripts/fonts.mjs).
  for (const weight of [400, 700]) {
    const loaded = await page.evaluate(
      async ([f, w]) => (await document.fonts.load(`${w} 18px ${f}`, 'Đảng bộ xã Hà Trung ư ơ ạ ễ')).map((face) => face.status),
      [family, weight] as const,
    );
    expect(loaded).toEqual(['loaded']);
  }
  await expect.poll(() => fonts.length).toBe(2);
  expect(fonts.every((path) => path.startsWith('/_astro/fonts/'))).toBe(true);
});

test('an unknown address shows the helpful 404 page', async ({ page }) => {
  const response = await page.goto('/khong-co-trang-nay/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  await expect(page.getByRole('main').getByRole('link', { name: 'Kế hoạch' })).toBeVisible();
});

test('a shared link that lost its end offers a search for its words, which finds the page it meant', async ({ page }) => {
  // The article's address is /tin-tuc/thon-dong-xa-mo-rong-duong-giao-thong-…/; a chat cut it after "gi".
  const response = await page.goto('/tin-tuc/thon-dong-xa-mo-rong-duong-gi?zarsrc=30');
  expect(response?.status()).toBe(404);
  const offer = page.getByRole('link', { name: 'Tìm “thon dong xa mo rong duong gi”' });
  await expect(offer).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await expectNoSidewaysScroll(page, [320, page.viewportSize()!.width], 'with the offer shown');
  await offer.click();
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=thon\+dong\+xa\+mo\+rong\+duong\+gi$/);
  await expect(page.locator('#ket-qua h2').first()).toHaveText('Thôn Đồng Xá mở rộng đường giao thông nông thôn nhờ Nhân dân hiến đất');
});

test('a decision\'s link cut after its number offers a search for that number, which finds the decision', async ({ page }) => {
  // The decision's address is /khen-thuong/qd-205-qd-ubnd-2025/; a chat wrapped it at the hyphen after "205".
  const response = await page.goto('/khen-thuong/qd-205-');
  expect(response?.status()).toBe(404);
  await page.getByRole('link', { name: 'Tìm “qd 205”' }).click();
  await expect(page.locator('#ket-qua h2').first()).toHaveText(/^Quyết định 205\/QĐ-UBND/);
});

test('the offer reads a link pasted with a full stop, an ellipsis or a bracket, or typed with marks', { tag: '@once' }, async ({ page }) => {
  const offers = {
    '/tin-tuc/thon-dong-xa-mo-rong-duong-giao-thong.': 'thon dong xa mo rong duong giao thong',
    '/tin-tuc/thon-dong-xa-mo-rong-du...': 'thon dong xa mo rong du',
    // Pasted from "(xem: https://…/thon-dong-xa-mo-rong-duong-giao-thong/)".
    '/tin-tuc/thon-dong-xa-mo-rong-duong-giao-thong/)': 'thon dong xa mo rong duong giao thong',
    // "thôn đồng xá mở rộng", typed with marks (the browser sends them %-escaped), in composed and decomposed form.
    [`/tin-tuc/${encodeURIComponent('thôn-đồng-xá-mở-rộng')}`]: 'thôn đồng xá mở rộng',
    [`/tin-tuc/${encodeURIComponent('thôn-đồng-xá-mở-rộng'.normalize('NFD'))}`]: 'thôn đồng xá mở rộng',
  };
  for (const [path, query] of Object.entries(offers)) {
    await page.goto(path);
    await expect(page.getByRole('main').getByRole('link', { name: /^Tìm/ }), path).toHaveText(`Tìm “${query}”`);
  }
});

// Chats and hands change a link around a page that exists: capitals, a bracket after it, ".html", "&fbclid=…". The
// 404 page goes on to the page, keeping the query.
test('a link changed around a page that exists leads to the page', async ({ page }) => {
  const decision = '/khen-thuong/qd-205-qd-ubnd-2025/';
  for (const [path, lands] of [
    ['/KHEN-THUONG/QD-205-QD-UBND-2025/', decision],
    ['/khen-thuong/qd-205-qd-ubnd-2025.html', decision],
    ['/khen-thuong/qd-205-qd-ubnd-2025&fbclid=IwAR0x', decision],
    ['/the/hien-dat)', '/the/hien-dat/'],
    ['/Tim-kiem?q=ho+ngheo', '/tim-kiem/?q=ho+ngheo'],
  ]) {
    const response = await page.goto(path!);
    expect(response?.status(), path).toBe(404);
    await expect(page, path).toHaveURL((url) => url.pathname + url.search === lands);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Không tìm thấy trang');
  }
  await expect(page.getByRole('status')).toContainText('kết quả cho “ho ngheo”');
});

// "//1572395042" on the site's host, a path, reads as another host (93.184.216.34) to fetch() and location: the 404
// page asked it for its page and would have gone there.
test('an address starting with two slashes leads to a page of the site, never to another host', async ({ page, baseURL }) => {
  const asked: string[] = [];
  await page.route((url) => url.origin !== new URL(baseURL!).origin, (route) => (asked.push(route.request().url()), route.abort()));
  expect((await page.goto(`${baseURL}//2130706433`))?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  expect((await page.goto(`${baseURL}//KHEN-THUONG/QD-205-QD-UBND-2025/`))?.status()).toBe(404);
  await expect(page).toHaveURL(`${baseURL}/khen-thuong/qd-205-qd-ubnd-2025/`);
  expect(asked).toEqual([]);
  // And a last part starting with a letter with marks is offered as a search there too, not cut to its section.
  const heads: string[] = [];
  page.on('request', (request) => request.method() === 'HEAD' && heads.push(request.url()));
  const typed = `//tin-tuc/${encodeURIComponent('đại-hội-đảng-bộ')}`;
  expect((await page.goto(`${baseURL}${typed}`))?.status()).toBe(404);
  await expect(page.getByRole('main').getByRole('link', { name: 'Tìm “đại hội đảng bộ”' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(heads).toEqual([]);
  expect(new URL(page.url()).pathname).toBe(typed);
});

test('a link whose last part starts with a letter with marks is not cut to its section, but offered as a search', async ({ page }) => {
  // Cut at "đ", "/tin-tuc/đại-hội-đảng-bộ" was the news page's address, which exists, and the page went there.
  const asked: string[] = [];
  page.on('request', (request) => request.method() === 'HEAD' && asked.push(request.url()));
  const path = `/tin-tuc/${encodeURIComponent('đại-hội-đảng-bộ')}`;
  expect((await page.goto(path))?.status()).toBe(404);
  await expect(page.getByRole('main').getByRole('link', { name: 'Tìm “đại hội đảng bộ”' })).toBeVisible();
  expect(asked).toEqual([]);
  expect(new URL(page.url()).pathname).toBe(path);
});

test('an address without a title\'s words (a page past the end, a section\'s own path, a date, the 404 page) offers no search', async ({ page }) => {
  for (const path of ['/tin-tuc/trang/300/', '/tin-tuc/chuyen-muc/', '/tin-tuc/2025-08-12/', '/404.html']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
    await expect(page.getByRole('main').getByRole('link', { name: /^Tìm/ })).toHaveCount(0);
    await expect(page.getByText('Tìm các trang có những chữ trong đường dẫn')).toBeHidden();
  }
});

// A table in an entry's text (the CMS's table button) had no rules, and one wider than a phone took the whole page
// sideways, header and all.
test("a table in a news item's text is ruled, its rows named by their first column, and on a small phone scrolls in its own box, not the page", { tag: '@once' }, async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(paths.article('so-ket-phong-trao-thi-dua-cao-diem-tap-trung-hoan-thanh-nhiem-vu-nhung-thang-cuoi-nam'));
  const box = page.getByRole('region', { name: 'Bảng', exact: true });
  const table = box.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table.getByRole('rowheader', { name: 'Thôn Đồng Xá' })).toHaveCSS('border-top-width', '1px');
  // Each row is named by its unit, for a screen reader going down a column of figures; the figures stay data.
  await expect(table.getByRole('rowheader')).toHaveText(['Thôn Đồng Xá', 'Thôn Đại Lan', 'Tiểu khu 5', 'Trung tâm Cung ứng dịch vụ công']);
  await expect(table.getByRole('row', { name: /^Tiểu khu 5/ }).getByRole('cell')).toHaveText(['Camera an ninh, tổ an ninh tự quản', '2', '0']);
  await expectNoSidewaysScroll(page, [320], 'as loaded');
  // What does not fit scrolls inside the box, which the keyboard reaches.
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await box.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

test('an official email address forty letters long still fits a 320 px phone, in the footer and in the contact facts', async ({ page }) => {
  await withoutWebFont(page);
  for (const path of [PAGE_TYPES.about, PAGE_TYPES.english]) {
    await page.goto(path);
    // The address in content/settings is a short placeholder; the commune's own may be as long as this one.
    const links = page.locator('a[href^="mailto:"]');
    await expect(links).toHaveCount(2);
    await links.evaluateAll((all) => all.forEach((link) => (link.textContent = 'vanphong.ubndxahatrung@thanhhoa.gov.vn')));
    await expectNoSidewaysScroll(page, [320], 'in the fallback font, with a long email address');
  }
});
