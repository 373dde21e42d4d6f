// What a resident sees on each page type: titles, Vietnamese dates, links that lead somewhere.
import { expect, test } from '@playwright/test';
import { extractTextItems } from 'unpdf';
import { footLines, MM } from './printed';
import { PAGE_TYPES } from './pages';

const PLAN_TITLE = 'Kế hoạch tổ chức phong trào thi đua cao điểm chào mừng Đại hội đại biểu Đảng bộ xã Hà Trung lần thứ I, nhiệm kỳ 2025-2030';

test('home: the campaign, its milestones and targets, latest news, featured stories and commendations', async ({ page }) => {
  await page.goto('/');
  // What a link to the site shows on Zalo and Facebook: the campaign, not "Trang chủ".
  const title = 'Phong trào thi đua cao điểm chào mừng Đại hội Đảng bộ xã | Ủy ban nhân dân xã Hà Trung';
  await expect(page).toHaveTitle(title);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('nhiệm kỳ 2025-2030');
  await expect(page.locator('[data-status]')).toHaveText('Đã kết thúc');
  // Labelled as the period above it is, and not a box: in one it read as a button.
  await expect(page.getByText('Tình trạng: Đã kết thúc', { exact: true })).toBeVisible();
  await expect(page.locator('[data-status]')).toHaveCSS('border-top-width', '0px');
  await expect(page.getByText('Từ ngày ban hành đến ngày 31 tháng 12 năm 2025')).toBeVisible();
  // The anniversaries the plan salutes and its end: not the campaign's own steps, which the heading does not claim.
  const milestones = page.getByRole('region', { name: 'Các mốc thời gian' });
  await expect(milestones.getByRole('listitem')).toHaveCount(6);
  await expect(milestones).toContainText('2 tháng 9 năm 2025');
  // Bác Hồ's call to patriotic emulation is of 11/6/1948, though the plan's text has "01/6": the timeline says both,
  // so a resident who reads the plan below does not take either for a slip of the site.
  const call = milestones.getByRole('listitem').filter({ hasText: 'Lời kêu gọi thi đua ái quốc' });
  await expect(call).toContainText('11 tháng 6 năm 2025');
  await expect(call).toContainText('(11/6/1948; văn bản kế hoạch ghi 01/6)');
  const targets = page.getByRole('region', { name: 'Tiến độ chỉ tiêu' });
  await expect(targets).toContainText('Giải ngân nguồn vốn đầu tư công được giao');
  await expect(targets).toContainText('Chưa có số liệu báo cáo (mục tiêu 100%)');
  // No figures, no bar: an empty one would read as nothing done.
  await expect(targets.locator('svg')).toHaveCount(0);
  // The news editors ticked "Nổi bật" come first, marked, before newer news; then the newest. The heading says both.
  const latest = page.getByRole('region', { name: 'Tin nổi bật và tin mới nhất' }).getByRole('listitem');
  await expect(latest).toHaveCount(5);
  await expect(latest.nth(0)).toContainText('Tin nổi bật · 20/11/2025');
  await expect(latest.nth(1)).toContainText('Tin nổi bật · 22/07/2025');
  await expect(latest.nth(1)).toContainText('phát động phong trào thi đua cao điểm');
  await expect(latest.nth(2)).toContainText('22/12/2025');
  await expect(latest.nth(2)).not.toContainText('Tin nổi bật');
  await expect(page.getByRole('region', { name: 'Gương điển hình nổi bật' }).getByRole('listitem')).toHaveCount(3);
  const awards = page.getByRole('region', { name: 'Khen thưởng mới nhất' }).getByRole('listitem');
  await expect(awards).toHaveCount(3);
  // 226/QĐ-UBND, the second newest, was revoked: it is on the honor roll, marked, not among the latest commendations.
  await expect(awards.nth(0)).toContainText('Quyết định 4127/QĐ-UBND');
  await expect(awards.nth(1)).toContainText('Quyết định 205/QĐ-UBND');
  await expect(page.getByRole('region', { name: 'Khen thưởng mới nhất' })).not.toContainText('226/QĐ-UBND');
  await page.getByRole('link', { name: 'Đọc toàn văn kế hoạch' }).click();
  await expect(page).toHaveURL(/\/ke-hoach\/thi-dua-cao-diem-2025\/$/);
});

// The village, where a resident looks first, one tap from the home page: the menu's "Đơn vị" did not say it held them.
test('home: every village (thôn, tiểu khu) by name, each leading to its page', async ({ page }) => {
  await page.goto('/');
  const villages = page.getByRole('region', { name: 'Tin theo thôn, tiểu khu' });
  await expect(villages.getByRole('link')).toHaveText(['Thôn Đại Lan', 'Thôn Đồng Xá', 'Thôn Yên Thái', 'Tiểu khu 1', 'Tiểu khu 5']);
  // Made up, as every list says of a sample.
  await expect(villages.getByRole('listitem').first()).toHaveText('Thôn Đại Lan · Nội dung mẫu');
  await villages.getByRole('link', { name: 'Thôn Đồng Xá' }).click();
  await expect(page).toHaveURL(/\/don-vi\/thon-dong-xa\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thôn Đồng Xá');
});

test('home: the search box sends the query to the search page without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  // Named for what it finds, not "Tìm trên trang", which reads as "find on this page".
  const form = page.getByRole('search', { name: 'Tìm tin tức, gương điển hình, khen thưởng, văn bản' });
  await form.getByRole('searchbox').fill('guong nguoi tot');
  await form.getByRole('button', { name: 'Tìm' }).click();
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=guong\+nguoi\+tot$/);
  await context.close();
});

test('news: newest first, eight a page, with categories and a second page', async ({ page }) => {
  await page.goto(PAGE_TYPES.news);
  const items = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(items).toHaveCount(8);
  await expect(items.first()).toContainText('22/12/2025');
  await expect(items.first()).toContainText('Kinh tế – xã hội');
  // Every news item of content/ is a sample, and says so before it is opened.
  await expect(items.filter({ hasText: '22/12/2025 · Kinh tế – xã hội · Nội dung mẫu' })).toHaveCount(1);
  await expect(items.filter({ hasText: ' · Nội dung mẫu' })).toHaveCount(8);
  const pages = page.getByRole('navigation', { name: 'Các trang' });
  await expect(pages.getByText('Trang 1')).toHaveAttribute('aria-current', 'page');
  await pages.getByRole('link', { name: 'Trang sau' }).click();
  await expect(page).toHaveURL(/\/tin-tuc\/trang\/2\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tin tức, trang 2');
  await expect(items).toHaveCount(2);
  const categories = page.getByRole('navigation', { name: 'Chuyên mục' });
  const choice = categories.getByRole('link', { name: 'Hạ tầng, giải phóng mặt bằng' });
  if (test.info().project.name === 'phone') {
    // Seven choices one under another pushed the first news item off a phone's first screen: they fold behind a
    // button that says which is shown.
    await expect(choice).toBeHidden();
    // On a 740 px screen, the first news item's title begins on it.
    expect((await page.getByRole('main').getByRole('heading', { level: 2 }).first().boundingBox())!.y).toBeLessThan(700);
    await categories.getByText('Chuyên mục: Tất cả', { exact: true }).click();
  } else {
    await expect(categories.getByText('Chuyên mục: Tất cả', { exact: true })).toBeHidden();
  }
  await choice.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hạ tầng, giải phóng mặt bằng');
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(2);
  if (test.info().project.name === 'phone') {
    await expect(categories.getByText('Chuyên mục: Hạ tầng, giải phóng mặt bằng', { exact: true })).toBeVisible();
  }
});

test('article: date, category, units, cover, sample notice, share links, neighbours and related news', async ({ page }) => {
  await page.goto(PAGE_TYPES.article);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Tập trung giải phóng mặt bằng dự án đường sắt cao tốc Bắc – Nam đoạn qua xã Hà Trung',
  );
  await expect(page.getByText('Đăng ngày 12 tháng 8 năm 2025')).toBeVisible();
  await expect(page.getByRole('note')).toContainText('Nội dung mẫu');
  const cover = page.getByRole('article').getByRole('img');
  await expect(cover).toHaveAttribute('alt', /.+/);
  expect(await cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const crumbs = page.getByRole('navigation', { name: 'Bạn đang ở' });
  await expect(crumbs.getByRole('link')).toHaveText(['Trang chủ', 'Tin tức', 'Hạ tầng, giải phóng mặt bằng']);
  const zalo = page.getByRole('link', { name: /^Zalo/ });
  await expect(zalo).toHaveAttribute('href', /^https:\/\/zalo\.me\/share\?url=https%3A%2F%2F.+tin-tuc%2Ftap-trung-giai-phong/);
  await expect(page.getByRole('link', { name: /^Facebook/ })).toHaveAttribute('href', /^https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?u=https%3A%2F%2F/);
  await expect(page.getByRole('region', { name: 'Tin liên quan' }).getByRole('listitem').first()).toBeVisible();
  // Its units, each leading to the unit's page.
  await expect(page.getByText('Đơn vị liên quan:')).toBeVisible();
  await expect(page.getByRole('article').getByRole('link', { name: 'Thôn Đại Lan', exact: true })).toHaveAttribute('href', '/don-vi/thon-dai-lan/');
  await expect(page.getByRole('article').getByRole('link', { name: 'Phòng Kinh tế', exact: true })).toHaveAttribute('href', '/don-vi/phong-kinh-te/');
  // The plan it reports on, as the editor chose it in the CMS ("Thuộc kế hoạch"), which no page showed.
  await expect(page.getByText('Thuộc kế hoạch:')).toBeVisible();
  await expect(page.getByRole('article').getByRole('link', { name: PLAN_TITLE })).toHaveAttribute('href', '/ke-hoach/thi-dua-cao-diem-2025/');
  await page.getByRole('link', { name: /Tin cũ hơn/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chuẩn bị chu đáo các điều kiện tổ chức Đại hội đại biểu Đảng bộ xã lần thứ I');
  await page.getByRole('article').getByRole('link', { name: /^Hướng tới Đại hội Đảng bộ$/ }).first().click();
  await expect(page).toHaveURL(/\/tin-tuc\/chuyen-muc\/dai-hoi\/$/);
});

test('tag page lists the news with that keyword, and each of them carries it', async ({ page }) => {
  await page.goto(PAGE_TYPES.tag);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Từ khóa: thi đua');
  // The three sample news items tagged "thi đua" in content/news/, newest first.
  const titles = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(titles).toHaveText([
    'Hội nghị tuyên dương điển hình tiên tiến xã Hà Trung năm 2025',
    'Sơ kết phong trào thi đua cao điểm, tập trung hoàn thành nhiệm vụ những tháng cuối năm',
    'Xã Hà Trung phát động phong trào thi đua cao điểm chào mừng Đại hội Đảng bộ xã',
  ]);
  for (const title of await titles.allTextContents()) {
    await page.getByRole('main').getByRole('link', { name: title }).click();
    await expect(page.getByRole('article').getByRole('link', { name: 'thi đua', exact: true }), title).toHaveAttribute('href', PAGE_TYPES.tag);
    await page.goBack();
  }
});

test('the keywords of the news, A to Z with how many items carry each, lead to their news and back', async ({ page }) => {
  await page.goto(PAGE_TYPES.news);
  await page.getByRole('link', { name: 'Xem tin theo từ khóa' }).click();
  await expect(page).toHaveURL(new RegExp(`${PAGE_TYPES.tags}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Từ khóa');
  const keywords = page.getByRole('main').getByRole('list').last().getByRole('listitem');
  await expect(keywords).toHaveCount(27);
  await expect(keywords.first()).toHaveText('an sinh xã hội (1)');
  // Vietnamese order, whatever the case: "đ" after "d", "â" after "a".
  const all = await keywords.allTextContents();
  expect(all.slice(all.indexOf('doanh nghiệp (1)'), all.indexOf('doanh nghiệp (1)') + 4)).toEqual([
    'doanh nghiệp (1)',
    'Đại hội (2)',
    'Đảng bộ (2)',
    'đầu tư công (1)',
  ]);
  await page.getByRole('link', { name: 'thi đua (3)' }).click();
  await expect(page).toHaveURL(new RegExp(`${PAGE_TYPES.tag}$`));
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(3);
  await page.getByRole('navigation', { name: 'Bạn đang ở' }).getByRole('link', { name: 'Từ khóa' }).click();
  await expect(page).toHaveURL(new RegExp(`${PAGE_TYPES.tags}$`));
});

test('stories: browsable by kind, unit, field and year, on pages that need no JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE_TYPES.stories);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gương điển hình tiên tiến, gương người tốt, việc tốt');
  const browse = page.getByRole('navigation', { name: 'Xem theo' });
  // On the page of every story the counts need no word.
  await expect(browse).not.toContainText('Số trong ngoặc');
  for (const kind of ['Cá nhân (2)', 'Tập thể (1)', 'Hộ gia đình (1)', 'Doanh nghiệp (1)', 'Hợp tác xã (1)', 'Thôn, tiểu khu (1)']) {
    await expect(browse.getByRole('link', { name: kind })).toBeVisible();
  }
  const cards = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(cards).toHaveCount(7);
  // The stories come first; a link above them leads down to the ways of browsing, which ran to three screens on a phone.
  expect((await cards.first().boundingBox())!.y).toBeLessThan((await browse.boundingBox())!.y);
  // The short ways first; the units, of which a commune has tens, last.
  await expect(browse.getByRole('heading', { level: 3 })).toHaveText(['Đối tượng', 'Lĩnh vực', 'Năm', 'Đơn vị, thôn, tiểu khu']);
  // Headed groups, not landmarks of their own inside the nav's.
  await expect(browse.getByRole('region')).toHaveCount(0);
  await page.getByRole('link', { name: 'Xem theo đối tượng, lĩnh vực, năm, đơn vị' }).click();
  await expect(page).toHaveURL(/#xem-theo$/);
  await expect(browse.getByRole('heading', { name: 'Xem theo' })).toBeInViewport();
  await browse.getByRole('link', { name: 'Hạ tầng, giải phóng mặt bằng (2)' }).click();
  await expect(page).toHaveURL(/\/guong-dien-hinh\/linh-vuc\/ha-tang\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gương điển hình: Hạ tầng, giải phóng mặt bằng');
  await expect(page.getByText('Các gương điển hình trong lĩnh vực “Hạ tầng, giải phóng mặt bằng”.')).toBeVisible();
  await expect(cards).toHaveCount(2);
  // The village holds the stories of the women's branch and the cooperative that sit in it, as its own page does.
  await page.getByRole('navigation', { name: 'Xem theo' }).getByRole('link', { name: 'Thôn Đồng Xá (3)' }).click();
  await expect(cards.getByRole('heading', { level: 2 })).toHaveText([
    'Chi hội Phụ nữ thôn Đồng Xá chung tay giúp hộ nghèo vươn lên',
    'Hợp tác xã Rau an toàn Đồng Xá đi đầu sản xuất nông nghiệp xanh',
    'Hộ ông Hoàng Văn E tự nguyện hiến đất mở rộng đường thôn Đồng Xá',
  ]);
  await expect(page.getByText('Các gương điển hình của thôn Đồng Xá và các đơn vị trên địa bàn.')).toBeVisible();
  // The counts beside the ways of browsing are the commune's, not the village's two: the page says so.
  await expect(page.getByRole('navigation', { name: 'Xem theo' })).toContainText('Số trong ngoặc là số gương điển hình của cả xã.');
  // A villager follows the village's own feed from here (feeds.spec.ts), not every story of the commune, and finds its page.
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute('href', '/don-vi/thon-dong-xa/rss.xml');
  await page.getByRole('link', { name: 'Trang của thôn Đồng Xá: tin tức, gương điển hình và khen thưởng' }).click();
  await expect(page).toHaveURL(/\/don-vi\/thon-dong-xa\/$/);
  await page.goBack();
  // The cooperative in it has no units of its own: its stories are its own.
  await page.getByRole('navigation', { name: 'Xem theo' }).getByRole('link', { name: 'Hợp tác xã Rau an toàn Đồng Xá (1)' }).click();
  await expect(page.getByText('Các gương điển hình của Hợp tác xã Rau an toàn Đồng Xá.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Xem theo' }).getByRole('link', { name: 'Hộ gia đình (1)' }).click();
  await expect(page.getByText('Các gương điển hình thuộc đối tượng “hộ gia đình”.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Xem theo' }).getByRole('link', { name: 'Năm 2025 (7)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gương điển hình: Năm 2025');
  await expect(page.getByText('Các gương điển hình đăng trong năm 2025.')).toBeVisible();
  await context.close();
});

test('story: a profile card with who, kind, unit, field and the commendations, linking to the decision; the plan after the text', async ({ page }) => {
  await page.goto(PAGE_TYPES.story);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hộ ông Hoàng Văn E');
  // Above the title, the section in the plan's own words, leading back to every story.
  await expect(page.getByRole('main').getByRole('link', { name: 'Gương điển hình tiên tiến, gương người tốt, việc tốt' })).toHaveAttribute('href', '/guong-dien-hinh/');
  const card = page.getByRole('region', { name: 'Thông tin về gương điển hình' });
  await expect(card).toContainText('Hộ gia đình');
  await expect(card.getByRole('link', { name: 'Thôn Đồng Xá' })).toHaveAttribute('href', '/don-vi/thon-dong-xa/');
  await expect(card).toContainText('Hạ tầng, giải phóng mặt bằng');
  expect(await card.locator('dl').textContent()).toContain('Đối tượng Hộ gia đình');
  // The plan the story belongs to, after its text: it is of the story, not of the person the card presents.
  await expect(card.getByRole('link', { name: PLAN_TITLE })).toHaveCount(0);
  const planLine = page.getByRole('article').getByText('Thuộc kế hoạch:');
  await expect(planLine).toBeVisible();
  const text = (await page.getByRole('article').locator('.prose').boundingBox())!;
  expect((await planLine.boundingBox())!.y).toBeGreaterThanOrEqual(text.y + text.height);
  await expect(page.getByRole('article').getByRole('link', { name: PLAN_TITLE })).toHaveAttribute('href', '/ke-hoach/thi-dua-cao-diem-2025/');
  await expect(page.getByRole('note')).toContainText('Nội dung mẫu');
  // After it, whom to tell of one more (the plan, V.5 and VI.2), as on the stories' list: an e-mail already about it.
  for (const path of [PAGE_TYPES.story, PAGE_TYPES.stories]) {
    if (path !== PAGE_TYPES.story) await page.goto(path);
    const nominate = page.getByRole('region', { name: 'Giới thiệu gương người tốt, việc tốt' });
    await expect(nominate).toContainText('xin giới thiệu với Phòng Văn hóa – Xã hội, Ủy ban nhân dân xã Hà Trung');
    await expect(nominate).toContainText('Điện thoại: 0237 3800 000');
    await expect(nominate.getByRole('link', { name: 'vanphong@hatrung.example.vn' })).toHaveAttribute(
      'href',
      `mailto:vanphong@hatrung.example.vn?subject=${encodeURIComponent('Giới thiệu gương người tốt, việc tốt')}`,
    );
  }
  await page.goto(PAGE_TYPES.story);
  await card.getByRole('link', { name: 'Giấy khen của Chủ tịch UBND xã' }).click();
  await expect(page).toHaveURL(/\/khen-thuong\/qd-178-qd-ubnd-2025\/$/);
});

// The way to put someone forward, which a resident found eight screens down the stories on a phone, if at all: from
// the home page, from above the stories, and on a village's stories too.
test('the box that says how to put forward an exemplary person is reached from the home page and above every list of stories', async ({ page }) => {
  const nominate = page.getByRole('region', { name: 'Giới thiệu gương người tốt, việc tốt' });
  await page.goto('/');
  await page.getByRole('link', { name: 'Giới thiệu một gương người tốt, việc tốt với xã' }).click();
  await expect(page).toHaveURL(/\/guong-dien-hinh\/#gioi-thieu-guong$/);
  await expect(nominate.getByRole('heading')).toBeInViewport();
  for (const path of [PAGE_TYPES.stories, '/guong-dien-hinh/don-vi/thon-dong-xa/']) {
    await page.goto(path);
    await expect(nominate.getByRole('heading')).not.toBeInViewport();
    await page.getByRole('main').getByRole('link', { name: 'Giới thiệu gương người tốt, việc tốt' }).click();
    await expect(nominate.getByRole('heading')).toBeInViewport();
    await expect(nominate).toContainText('Điện thoại: 0237 3800 000');
  }
});

// The plan asks the offices, units and enterprises to make the movement known on this page (VI.1): a village head
// found no word of how to send the village's news.
test("the news and every unit's page say whom to send a unit's news and photos to", async ({ page }) => {
  // From a unit's page, the e-mail's subject says which unit writes in.
  const pages = [
    [PAGE_TYPES.news, 'Gửi tin, ảnh về phong trào thi đua'],
    ['/don-vi/thon-yen-thai/', 'Gửi tin, ảnh về phong trào thi đua – Thôn Yên Thái'],
    ['/don-vi/cong-an-xa/', 'Gửi tin, ảnh về phong trào thi đua – Công an xã Hà Trung'],
  ] as const;
  for (const [path, subject] of pages) {
    await page.goto(path);
    const send = page.getByRole('region', { name: 'Gửi tin, ảnh về phong trào thi đua' });
    await expect(send).toContainText('thôn, tiểu khu có tin, ảnh về hoạt động thi đua của mình xin gửi về Phòng Văn hóa – Xã hội');
    await expect(send).toContainText('Điện thoại: 0237 3800 000');
    await expect(send.getByRole('link', { name: 'vanphong@hatrung.example.vn' })).toHaveAttribute(
      'href',
      `mailto:vanphong@hatrung.example.vn?subject=${encodeURIComponent(subject)}`,
    );
  }
});

test('honor roll: by year and form, newest first, a revoked decision last', async ({ page }) => {
  await page.goto(PAGE_TYPES.awards);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Năm 2025']);
  // The higher reward first, as the plan lists them (IV.2.a).
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Bằng khen của Chủ tịch UBND tỉnh', 'Giấy khen của Chủ tịch UBND xã']);
  const giayKhen = page.getByRole('region', { name: 'Giấy khen của Chủ tịch UBND xã' });
  // 226/QĐ-UBND is the newest, but revoked: it stays on the roll, marked, after the decisions in force.
  await expect(giayKhen.getByRole('listitem').first()).toContainText('Quyết định 205/QĐ-UBND · 18/11/2025');
  await expect(giayKhen.getByRole('listitem').last()).toContainText('Quyết định 226/QĐ-UBND · 08/12/2025');
  // In a box, where "· Nội dung mẫu" beside it has none: it does not read as one more mark of the same kind.
  const revoked = giayKhen.getByRole('listitem').last().getByText('Đã thu hồi', { exact: true });
  await expect(revoked).toHaveCSS('border-top-width', '2px');
  await expect(giayKhen.getByRole('listitem').last().getByText('· Nội dung mẫu', { exact: true })).toHaveCSS('border-top-width', '0px');
  // Who each decision rewards, counted by kind: a household is not "1 tập thể, cá nhân".
  const decision = (number: string) => giayKhen.getByRole('listitem').filter({ hasText: `Quyết định ${number} ·` });
  await expect(decision('178/QĐ-UBND')).toContainText('Giấy khen của Chủ tịch UBND xã · 1 hộ gia đình');
  await expect(decision('152/QĐ-UBND')).toContainText('Giấy khen của Chủ tịch UBND xã · 1 tập thể, 1 cá nhân');
  // And by name (DESIGN.md: the honor roll's decisions "and their recipients"): a resident finds a neighbour there.
  await expect(decision('178/QĐ-UBND')).toContainText('Được khen: hộ ông Hoàng Văn E');
  await expect(decision('205/QĐ-UBND')).toContainText(
    'Được khen: bà Phạm Thị D, ông Lê Văn C, Chi hội Phụ nữ thôn Đồng Xá, Hợp tác xã Rau an toàn Đồng Xá và Tiểu khu 5',
  );
});

test('decision: number, date, issuer, signer, reason, recipients linking to stories and units', async ({ page }) => {
  await page.goto(PAGE_TYPES.award);
  // Five decisions are "Về việc khen thưởng…": a screen reader going by headings reads the number first, as shown.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Quyết định 205\/QĐ-UBND Về việc khen thưởng các tập thể, cá nhân.*2025-2030$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(/^Quyết định 205\/QĐ-UBND ?: Về việc khen thưởng các tập thể, cá nhân/);
  const facts = page.locator('dl');
  await expect(facts).toContainText('205/QĐ-UBND');
  await expect(facts).toContainText('18 tháng 11 năm 2025');
  // A sample decision: its signer is a made-up name too, not the commune's real chairman who signed the plan; and a
  // vice-chairman, signing for the chairman as decisions may, not a second chairman beside the real one.
  await expect(facts).toContainText('Trần Văn Y (Phó Chủ tịch)');
  await expect(facts).toContainText('Cơ quan ban hành Ủy ban nhân dân xã Hà Trung');
  await expect(facts).toContainText('Còn hiệu lực');
  await expect(page.getByRole('heading', { name: 'Thành tích', level: 2 })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(
    'Đã có thành tích tiêu biểu trong phong trào thi đua cao điểm chào mừng Đại hội đại biểu Đảng bộ xã Hà Trung lần thứ I, nhiệm kỳ 2025-2030.',
  );
  await expect(facts.getByRole('link', { name: PLAN_TITLE })).toHaveAttribute('href', '/ke-hoach/thi-dua-cao-diem-2025/');
  // The text as the search index reads it: a label and its value stay two words apart.
  expect(await facts.textContent()).toContain('Số quyết định 205/QĐ-UBND Ngày ký');
  const table = page.getByRole('table', { name: 'Danh sách tập thể, cá nhân được khen thưởng' });
  await expect(table.getByRole('row')).toHaveCount(6);
  // On a phone two columns stay, each wide enough for a name; a recipient's kind and story move under the name.
  if (page.viewportSize()!.width < 640) {
    await expect(table.getByRole('columnheader')).toHaveText(['Tên', 'Đơn vị, thôn, tiểu khu']);
    await expect(table.getByRole('rowheader').first()).toContainText('Đối tượng: Cá nhân');
    await expect(table.getByRole('rowheader').first().getByRole('link', { name: 'Đọc bài về bà Phạm Thị D' })).toBeVisible();
  } else {
    await expect(table.getByRole('columnheader')).toHaveText(['Tên', 'Đối tượng', 'Đơn vị, thôn, tiểu khu', 'Gương điển hình']);
  }
  // Each "Đọc bài" says whose story it opens to a screen reader, which may list the links alone.
  await expect(table.getByRole('link', { name: /^Đọc bài/ })).toHaveText([
    'Đọc bài về bà Phạm Thị D',
    'Đọc bài về Chi hội Phụ nữ thôn Đồng Xá',
    'Đọc bài về Hợp tác xã Rau an toàn Đồng Xá',
    'Đọc bài về Tiểu khu 5',
  ]);
  // As the search index reads it, no two cells run together.
  expect(await table.textContent()).toContain('Tên Đối tượng Đơn vị, thôn, tiểu khu Gương điển hình Bà Phạm Thị D Công chức');
  // Each recipient's unit leads to its page.
  await expect(table.getByRole('row').nth(2).getByRole('link', { name: 'Tiểu khu 1', exact: true })).toHaveAttribute('href', '/don-vi/tieu-khu-1/');
  // Below, the stories of the people it commends, under a heading that says they are this decision's.
  const ownStories = page.getByRole('region', { name: 'Gương điển hình được khen trong quyết định này' });
  // Newest first, as every list of stories, not in the order of their files.
  await expect(ownStories.getByRole('link')).toHaveText([/^Tiểu khu 5/, /^Chi hội Phụ nữ/, /^Hợp tác xã Rau/, /^Chị Phạm Thị D/]);
  await table.getByRole('link', { name: 'Đọc bài' }).first().click();
  await expect(page).toHaveURL(/\/guong-dien-hinh\/.+\/$/);
});

test('a revoked decision says so, on its page and in a shared link', async ({ page }) => {
  await page.goto(PAGE_TYPES.revokedAward);
  await expect(page.getByRole('note').filter({ hasText: 'Quyết định này đã bị thu hồi.' })).toContainText('240/QĐ-UBND');
  await expect(page.locator('dl')).toContainText('Đã thu hồi');
  await expect(page.locator('dl')).toContainText('Ngày thu hồi 20 tháng 12 năm 2025');
  // What Zalo and Facebook show of a shared link, away from the page's warning.
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /^Nội dung mẫu: Quyết định 226\/QĐ-UBND \(đã thu hồi\): /);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /^Quyết định này đã bị thu hồi\. /);
});

test("a unit's page says, under its name, the name residents call it by", async ({ page }) => {
  await page.goto('/don-vi/hoi-phu-nu/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hội Liên hiệp Phụ nữ xã');
  await expect(page.getByText('Thường gọi là: Hội Phụ nữ xã', { exact: true })).toBeVisible();
  // A unit without another name says nothing of one.
  await page.goto(PAGE_TYPES.unit);
  await expect(page.getByText('Thường gọi là')).toHaveCount(0);
});

test('units: grouped by kind; a village page gathers its news, stories and commendations', async ({ page }) => {
  await page.goto(PAGE_TYPES.units);
  const kinds = ['Phòng ban, cơ quan', 'Mặt trận Tổ quốc và các đoàn thể', 'Thôn', 'Tiểu khu', 'Doanh nghiệp', 'Hợp tác xã'];
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Mục lục', ...kinds]);
  // Its contents lead to each kind, with how many units it has.
  const contents = page.getByRole('navigation', { name: 'Mục lục' });
  // The count inside the link: read with it by a screen reader listing the page's links.
  for (const [i, kind] of kinds.entries()) {
    const units = await page.getByRole('region', { name: kind, exact: true }).getByRole('listitem').count();
    await expect(contents.getByRole('link').nth(i)).toHaveAccessibleName(`${kind} (${units})`);
  }
  await contents.getByRole('link', { name: /^Tiểu khu \(/ }).click();
  await expect(page).toHaveURL(/\/don-vi\/#loai-tieu-khu$/);
  await expect(page.getByRole('heading', { name: 'Tiểu khu', exact: true })).toBeInViewport();
  // A made-up village says so in the list; a department the plan names does not.
  await expect(page.getByRole('link', { name: /^Phòng Văn hóa – Xã hội ?: \d/ })).toBeVisible();
  // The plan counts the armed forces among those who take part (II.1): the commune's police and military command.
  const offices = page.getByRole('region', { name: 'Phòng ban, cơ quan', exact: true });
  await expect(offices.getByRole('link', { name: /^Công an xã Hà Trung ?:/ })).toBeVisible();
  await expect(offices.getByRole('link', { name: /^Ban Chỉ huy Quân sự xã Hà Trung ?:/ })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Các phòng chuyên môn, cơ quan và lực lượng vũ trang;');
  // Each unit says what its page holds: the Phòng Văn hóa – Xã hội sees at a glance who takes part and who has nothing
  // yet (the plan, VI.4), as the unit's own page counts it. A screen reader hears a pause between name and counts: a
  // colon, which Chromium sets apart by a space, as the hidden text it is.
  await expect(page.getByRole('link', { name: /^Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã/ })).toHaveAccessibleName(
    /^Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã ?: Chưa có tin, gương điển hình hay khen thưởng$/,
  );
  const village = page.getByRole('link', { name: /^Thôn Đồng Xá · Nội dung mẫu/ });
  await expect(village).toHaveAccessibleName(/^Thôn Đồng Xá · Nội dung mẫu ?: 4 tin, 3 gương điển hình, 2 quyết định khen thưởng$/);
  await village.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thôn Đồng Xá');
  await expect(page.getByRole('note')).toContainText('đơn vị này là giả định');
  // Its contents count each of its lists and lead to it.
  const lists = ['Tin tức về đơn vị', 'Gương điển hình của đơn vị', 'Khen thưởng của đơn vị'];
  const unitContents = page.getByRole('navigation', { name: 'Mục lục' });
  for (const list of lists) {
    const items = await page.getByRole('region', { name: list }).getByRole('listitem').count();
    await expect(unitContents.getByRole('listitem').filter({ hasText: list })).toHaveText(`${list} (${items})`);
  }
  await expect(unitContents.getByRole('listitem')).toHaveText(['Tin tức về đơn vị (4)', 'Gương điển hình của đơn vị (3)', 'Khen thưởng của đơn vị (2)']);
  await unitContents.getByRole('link', { name: 'Khen thưởng của đơn vị' }).click();
  await expect(page).toHaveURL(/#khen-don-vi$/);
  await expect(page.getByRole('region', { name: 'Tin tức về đơn vị' }).getByRole('listitem').first()).toBeVisible();
  // Its own household's story, and those of the women's branch and the cooperative that sit in the village.
  await expect(page.getByRole('region', { name: 'Gương điển hình của đơn vị' }).getByRole('heading', { level: 3 })).toHaveText([
    'Chi hội Phụ nữ thôn Đồng Xá chung tay giúp hộ nghèo vươn lên',
    'Hợp tác xã Rau an toàn Đồng Xá đi đầu sản xuất nông nghiệp xanh',
    'Hộ ông Hoàng Văn E tự nguyện hiến đất mở rộng đường thôn Đồng Xá',
  ]);
  await expect(page.getByRole('region', { name: 'Khen thưởng của đơn vị' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Đơn vị trên địa bàn: Chi hội Phụ nữ thôn Đồng Xá, Hợp tác xã Rau an toàn Đồng Xá.');
  await page.getByRole('main').getByRole('link', { name: 'Hợp tác xã Rau an toàn Đồng Xá', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hợp tác xã Rau an toàn Đồng Xá');
  await expect(page.getByRole('main').getByText('Thuộc:')).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Thôn Đồng Xá', exact: true }).click();
  await expect(page).toHaveURL(/\/don-vi\/thon-dong-xa\/$/);
});

// Thôn Yên Thái has one news item and no story or decision yet: its contents lead only to what is there, and each
// empty list says which kind of item it lacks.
test('a unit with empty lists shows them for what they are', async ({ page }) => {
  await page.goto('/don-vi/thon-yen-thai/');
  const unitContents = page.getByRole('navigation', { name: 'Mục lục' });
  await expect(unitContents.getByRole('listitem')).toHaveText(['Tin tức về đơn vị (1)', 'Gương điển hình của đơn vị (0)', 'Khen thưởng của đơn vị (0)']);
  await expect(unitContents.getByRole('link')).toHaveText(['Tin tức về đơn vị (1)']);
  await expect(page.getByRole('region', { name: 'Gương điển hình của đơn vị' })).toContainText('Chưa có gương điển hình nào.');
  await expect(page.getByRole('region', { name: 'Khen thưởng của đơn vị' })).toContainText('Chưa có quyết định khen thưởng nào.');
});

test("a unit's commendations, like the honor roll, list a revoked decision after those in force", async ({ page }) => {
  await page.goto('/don-vi/tieu-khu-1/');
  const awards = page.getByRole('region', { name: 'Khen thưởng của đơn vị' }).getByRole('listitem');
  // 226/QĐ-UBND is Tiểu khu 1's newest decision, but revoked.
  await expect(awards.first()).toContainText('Quyết định 205/QĐ-UBND');
  await expect(awards.last()).toContainText('Quyết định 226/QĐ-UBND');
  await expect(awards.last()).toContainText('Đã thu hồi');
  // Each names the unit's own people apart from the others it commends: Ông Lê Văn C of Tiểu khu 1 is second of five
  // in 205/QĐ-UBND, and the others are not his neighbours.
  await expect(awards.first().getByRole('paragraph')).toContainText([
    'Được khen ở Tiểu khu 1: ông Lê Văn C',
    'Cùng được khen: bà Phạm Thị D, Chi hội Phụ nữ thôn Đồng Xá, Hợp tác xã Rau an toàn Đồng Xá và Tiểu khu 5',
  ]);
  // Under the revoked one, his commendation does not read as one that stands, nor counts as one in the list of units.
  await expect(awards.last().getByRole('paragraph').last()).toHaveText('Đã thu hồi khen thưởng ở Tiểu khu 1: ông Lê Văn C');
  await page.goto('/khen-thuong/');
  await expect(page.getByRole('listitem').filter({ hasText: '226/QĐ-UBND' }).getByRole('paragraph').last()).toHaveText(
    'Đã thu hồi khen thưởng: ông Lê Văn C',
  );
  await page.goto('/don-vi/');
  await expect(page.getByRole('link', { name: /^Tiểu khu 1 · / })).toHaveAccessibleName(
    /: 1 tin, 1 quyết định khen thưởng, 1 quyết định đã thu hồi$/,
  );
});

// A village's own are those of the units in it too: the women's branch and the cooperative of Đồng Xá.
test("a village's commendations name its own people and units apart from the rest of each decision", async ({ page }) => {
  await page.goto('/don-vi/thon-dong-xa/');
  const decision = page.getByRole('region', { name: 'Khen thưởng của đơn vị' }).getByRole('listitem').filter({ hasText: '205/QĐ-UBND' });
  await expect(decision.getByRole('paragraph')).toContainText([
    'Được khen ở thôn Đồng Xá: Chi hội Phụ nữ thôn Đồng Xá và Hợp tác xã Rau an toàn Đồng Xá',
    'Cùng được khen: bà Phạm Thị D, ông Lê Văn C và Tiểu khu 5',
  ]);
  // A unit commended itself is named once, not "Được khen ở Tiểu khu 5: Tiểu khu 5".
  await page.goto('/don-vi/tieu-khu-5/');
  const own = page.getByRole('region', { name: 'Khen thưởng của đơn vị' }).getByRole('listitem').filter({ hasText: '205/QĐ-UBND' });
  await expect(own.getByRole('paragraph')).toContainText(['Được khen: Tiểu khu 5', 'Cùng được khen: bà Phạm Thị D, ông Lê Văn C, Chi hội']);
  // The honor roll, which is no unit's, names them all in one list.
  await page.goto('/khen-thuong/');
  await expect(page.getByRole('listitem').filter({ hasText: '205/QĐ-UBND' })).toContainText('Được khen: bà Phạm Thị D, ông Lê Văn C, Chi hội');
});

test('documents: type, number, issuer and dates, and whom to ask for a text the site does not hold', async ({ page }) => {
  await page.goto(PAGE_TYPES.document);
  // Under its kind and number, which a screen reader going from heading to heading reads with it, as shown.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Luật 06/2022/QH15 Luật Thi đua, khen thưởng');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(/^Luật 06\/2022\/QH15 ?: Luật Thi đua, khen thưởng$/);
  await expect(page.locator('dl')).toContainText('06/2022/QH15');
  await expect(page.locator('dl')).toContainText('1 tháng 1 năm 2024');
  // No document in content/ has a file or an address yet: the page says where the full text is to be had.
  await expect(page.getByRole('main')).toContainText(
    'Trang web chưa có toàn văn văn bản này. Muốn đọc toàn văn, xin liên hệ Phòng Văn hóa – Xã hội, Ủy ban nhân dân xã Hà Trung, điện thoại 0237 3800 000.',
  );
});

test('about and English pages give the committee and its contacts', async ({ page }) => {
  await page.goto(PAGE_TYPES.about);
  await expect(page.getByRole('main')).toContainText('Phòng Văn hóa – Xã hội, Ủy ban nhân dân xã Hà Trung');
  await page.getByRole('main').getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this site');
  // Its tab and a shared link name it in English too, not half in Vietnamese.
  await expect(page).toHaveTitle("About this site | People's Committee of Ha Trung Commune");
  await expect(page.getByRole('main').locator('[lang="en"]')).toContainText("People's Committee of Ha Trung Commune");
  // Written for a caller from abroad: the country code in place of the leading 0 that the Vietnamese pages show. The
  // sample number is no link (tests/unit/phoneLink.test.ts): a tap would ring a stranger.
  await expect(page.getByRole('main').getByText('+84 237 3800 000')).toBeVisible();
  await expect(page.locator('a[href^="tel:"]')).toHaveCount(0);
});

test('a decision and an article print without what only works on screen', async ({ page }) => {
  await page.goto(PAGE_TYPES.award);
  await page.emulateMedia({ media: 'print' });
  const recipients = page.getByRole('table', { name: 'Danh sách tập thể, cá nhân được khen thưởng' });
  await expect(recipients.getByRole('columnheader', { name: 'Đơn vị, thôn, tiểu khu' })).toBeVisible();
  // "Đọc bài" links and the list of stories cannot be followed on paper.
  await expect(recipients.getByRole('columnheader', { name: 'Gương điển hình' })).toBeHidden();
  await expect(recipients.getByRole('link', { name: 'Đọc bài' }).first()).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Gương điển hình được khen trong quyết định này' })).toBeHidden();
  const { items: decisionSheets } = await extractTextItems(new Uint8Array(await page.pdf({ format: 'A4' })));
  for (const foot of footLines(decisionSheets)) expect(foot).toMatch(/^Nguồn: Ủy ban nhân dân xã Hà Trung, https:\/\/\S+\/khen-thuong\/qd-205-qd-ubnd-2025\/$/);

  await page.goto(PAGE_TYPES.article);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Từ khóa:')).toBeHidden();
  await expect(page.getByText('Đơn vị liên quan:')).toBeVisible();

  // A story on A4, whose text is about 640 px wide: the photo column gives way to the facts. Its commendation, "Giấy
  // khen của Chủ tịch UBND xã (Quyết định 178/QĐ-UBND, 06/10/2025)", ran to seven lines, a word or two a line.
  await page.setViewportSize({ width: 640, height: 1000 });
  await page.goto(PAGE_TYPES.story);
  await page.emulateMedia({ media: 'print' });
  const award = page.getByRole('region', { name: 'Thông tin về gương điển hình' }).locator('dd').last();
  const lineHeight = await award.evaluate((dd) => parseFloat(getComputedStyle(dd).lineHeight));
  expect((await award.boundingBox())!.height).toBeLessThanOrEqual(4 * lineHeight + 1);
});

// The plan's heading printed with the text half as large again: the nation's name, kept on one line, set the page wider
// than the paper (which Chromium shrank back, the text with it) and squeezed "ỦY BAN NHÂN DÂN" to a word a line.
test('the plan prints its heading within the paper with the text enlarged, each half whole', { tag: '@once' }, async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 1000 });
  await page.goto(PAGE_TYPES.plan);
  await page.emulateMedia({ media: 'print' });
  await page.addStyleTag({ content: 'html { font-size: 168.75% !important }' });
  const nation = page.getByText('Cộng hòa xã hội chủ nghĩa Việt Nam', { exact: false }).first();
  await expect(nation).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
  const commune = page.getByText('Ủy ban nhân dân', { exact: true }).first();
  const lineHeight = await commune.evaluate((span) => parseFloat(getComputedStyle(span).lineHeight));
  expect((await commune.boundingBox())!.height).toBeLessThanOrEqual(lineHeight + 1);
});

// A card printed across two sheets left its date at the foot of one and its title, or an empty frame, at the head of
// the next: a village's page, with news, stories and decisions, runs to several sheets of A4.
test("a list's items print whole, each on one sheet", { tag: '@once' }, async ({ page }) => {
  await page.goto(PAGE_TYPES.unit);
  await page.emulateMedia({ media: 'print' });
  const items = page.getByRole('main').getByRole('listitem');
  // Enough of them to fill more than a sheet: news, stories and decisions.
  expect(await items.count()).toBeGreaterThan(5);
  const { totalPages, items: sheets } = await extractTextItems(new Uint8Array(await page.pdf({ format: 'A4' })));
  expect(totalPages).toBeGreaterThan(2);
  // A list's photos stay on screen: each took half a sheet and pushed cards onto sheets of their own.
  const photos = page.getByRole('main').locator('li img');
  expect(await photos.count()).toBeGreaterThan(0);
  for (const photo of await photos.all()) await expect(photo).toBeHidden();
  // Every sheet says at its foot where it came from; the last has text of its own, not that line alone.
  for (const [i, foot] of footLines(sheets).entries())
    expect(foot, `sheet ${i + 1}`).toMatch(/^Nguồn: Ủy ban nhân dân xã Hà Trung, https:\/\/\S+\/don-vi\/thon-dong-xa\/$/);
  const text = sheets.at(-1)!.filter((item) => item.str.trim() && item.y > 20 * MM && item.y < (297 - 20) * MM);
  expect(text.length).toBeGreaterThan(0);
  // Compared without spaces: a line's end is no space in the PDF, and a run of bold text an item of its own.
  const bare = (text: string) => text.replace(/\s+/g, '');
  const printed = sheets.map((sheet) => bare(sheet.map((item) => item.str).join('')));
  // Line by line: a card shows its date above its title, which comes first in the page's text. What only a screen
  // reader hears ("Quyết định 205/QĐ-UBND:" before a decision's title) is not printed.
  await page.locator('.sr-only').evaluateAll((hidden) => hidden.forEach((element) => element.remove()));
  for (const text of await items.allInnerTexts()) {
    const lines = text.split('\n').map(bare).filter(Boolean);
    const whole = printed.filter((sheet) => lines.every((line) => sheet.includes(line)));
    expect(whole, text).toHaveLength(1);
  }
});

// A card's title, shown after its date, asked for no break after it, which kept each card with the next: the six
// documents went whole to the second sheet and left the first with the list's title alone.
test('a short list starts on the first sheet, below its title', { tag: '@once' }, async ({ page }) => {
  await page.goto(PAGE_TYPES.documents);
  await page.emulateMedia({ media: 'print' });
  const first = await page.getByRole('main').getByRole('listitem').first().getByRole('heading').innerText();
  const { items: sheets } = await extractTextItems(new Uint8Array(await page.pdf({ format: 'A4' })));
  const bare = (text: string) => text.replace(/\s+/g, '');
  expect(bare(sheets[0]!.map((item) => item.str).join(''))).toContain(bare(first));
});

test('pages print without navigation or share buttons', async ({ page }) => {
  await page.goto(PAGE_TYPES.story);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Bạn đang ở' })).toBeHidden();
  await expect(page.getByRole('link', { name: /^Zalo/ })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Nor the home page's buttons, search box and links to whole lists, which took half of its first sheet.
  await page.goto('/');
  await page.emulateMedia({ media: 'screen' });
  const onScreenOnly = [
    ...['Đọc toàn văn kế hoạch', 'Bảng vàng khen thưởng', 'Theo dõi tin mới', 'Xem tất cả tin tức', 'Xem bảng vàng khen thưởng'].map((name) =>
      page.getByRole('main').getByRole('link', { name, exact: true }),
    ),
    page.getByRole('search', { name: 'Tìm tin tức, gương điển hình, khen thưởng, văn bản' }),
  ];
  for (const part of onScreenOnly) await expect(part).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Khen thưởng mới nhất' })).toBeVisible();
  for (const part of onScreenOnly) await expect(part).toBeHidden();
});
