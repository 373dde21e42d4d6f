// Residents type without diacritics, in capitals, half-accented, copy-pasted (NFD), a syllable at a time, with d for
// đ: search must find the page they mean among the first three, and put pages holding the phrase first.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PAGE_TYPES } from './pages';

const GPMB = 'Tập trung giải phóng mặt bằng dự án đường sắt cao tốc Bắc – Nam đoạn qua xã Hà Trung';
const DIGITAL = 'Trung tâm Cung ứng dịch vụ công xã đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính';
const CONGRESS = 'Chuẩn bị chu đáo các điều kiện tổ chức Đại hội đại biểu Đảng bộ xã lần thứ I';
const HONOURS = 'Hội nghị tuyên dương điển hình tiên tiến xã Hà Trung năm 2025';
const LAND = 'Hộ ông Hoàng Văn E tự nguyện hiến đất mở rộng đường thôn Đồng Xá';
// A document's or decision's result is titled with its kind and number, as its page is.
const LAW = 'Luật Thi đua, khen thưởng số 06/2022/QH15';
const QR = 'Chị Phạm Thị D và sáng kiến hướng dẫn thủ tục hành chính bằng mã QR';
const PLAN = 'Kế hoạch tổ chức phong trào thi đua cao điểm chào mừng Đại hội đại biểu Đảng bộ xã Hà Trung lần thứ I, nhiệm kỳ 2025-2030';

const MATRIX: [string, string, string][] = [
  ['with diacritics', 'giải phóng mặt bằng', GPMB],
  ['without diacritics', 'giai phong mat bang', GPMB],
  ['in capitals', 'GIẢI PHÓNG MẶT BẰNG', GPMB],
  ['copy-pasted NFD', 'giải phóng mặt bằng'.normalize('NFD'), GPMB],
  ['half-accented', 'giai phóng mat bằng', GPMB],
  ['a syllable at a time', 'giai pho', GPMB],
  ['d for đ', 'duong sat cao toc', GPMB],
  ['d for đ', 'chuyen doi so', DIGITAL],
  ['with diacritics', 'chuyển đổi số', DIGITAL],
  ['syllable prefix', 'chuyen do', DIGITAL],
  ['d for đ', 'chuan bi dai hoi dang bo', CONGRESS],
  ['d for đ, in capitals', 'TUYEN DUONG DIEN HINH', HONOURS],
  ['phrase with diacritics', 'hiến đất', LAND],
  ['phrase without diacritics', 'hien dat mo rong duong', LAND],
  ['d for đ, several words', 'luat thi dua khen thuong', LAW],
  ['two short words', 'ma qr', QR],
  // "đạo đức" is in the plan's text only, not in any title or summary.
  ['d for đ, words only in the text', 'dao duc loi song', PLAN],
];

/** Types `query` into the search page as a resident would, and returns the result titles in order. */
async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.goto('/tim-kiem/');
  const box = page.getByRole('searchbox', { name: 'Từ cần tìm' });
  await box.click();
  await box.pressSequentially(query, { delay: 20 });
  // Under load a search may run before the last key (250 ms pause): wait for the one for the whole query.
  await expect(page.getByRole('status')).toContainText(`kết quả cho “${query.normalize('NFC')}”`, { timeout: 10_000 });
  return page.getByRole('main').getByRole('list').last().getByRole('heading', { level: 2 }).allTextContents();
}

test.describe('search finds what residents type', () => {
  for (const [how, query, expected] of MATRIX) {
    test(`${how}: "${query}" finds "${expected.slice(0, 40)}…" among the first three`, async ({ page }) => {
      const titles = await searchFor(page, query);
      expect(titles.slice(0, 3)).toContain(expected);
    });
  }
});

test('decisions, all "Về việc khen thưởng…", are told apart in the results by their numbers, a revoked one said so', async ({ page }) => {
  const titles = await searchFor(page, 'khen thuong');
  const decisions = titles.filter((title) => title.startsWith('Quyết định '));
  expect(decisions.length).toBeGreaterThanOrEqual(4);
  for (const title of decisions) expect(title).toMatch(/^Quyết định \d+\/QĐ-UBND( \(đã thu hồi\))?: Về việc khen thưởng /);
  expect(titles).toContain('Quyết định 226/QĐ-UBND (đã thu hồi): Về việc khen thưởng cá nhân có thành tích trong phong trào hỗ trợ người dân sử dụng dịch vụ công trực tuyến');
});

// Pagefind ranked the revoked decision first for "quyet dinh khen thuong": a resident looking for the commune's
// rewards met first the one taken back. As in the lists, it comes after the decisions in force, unless asked for.
test('a revoked decision comes after the decisions in force, unless the search asks for what was revoked', async ({ page }) => {
  const REVOKED = 'Quyết định 226/QĐ-UBND (đã thu hồi): Về việc khen thưởng cá nhân có thành tích trong phong trào hỗ trợ người dân sử dụng dịch vụ công trực tuyến';
  const titles = await searchFor(page, 'quyet dinh khen thuong');
  const decisions = titles.filter((title) => title.startsWith('Quyết định '));
  expect(decisions).toHaveLength(5);
  expect(decisions.at(-1)).toBe(REVOKED);
  expect((await searchFor(page, 'quyet dinh thu hoi'))[0]).toBe(REVOKED);
});

test('a sample entry says so in its result, as in the lists; the plan does not', async ({ page }) => {
  await searchFor(page, 'dao duc loi song');
  const results = page.locator('#ket-qua li');
  const result = (title: string) => results.filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) }).getByRole('paragraph').first();
  await expect(result(PLAN)).toHaveText('Kế hoạch');
  await searchFor(page, 'giai phong mat bang');
  await expect(result(GPMB)).toHaveText('Tin tức · 12 tháng 8 năm 2025 · Nội dung mẫu');
});

/** Every result of `query`, as the resident sees them after asking for more until there are none: their addresses, sorted. */
async function allResults(page: Page, query: string): Promise<string[]> {
  await page.goto(`/tim-kiem/?q=${encodeURIComponent(query)}`);
  // "Tìm thấy N kết quả cho …" or "Không tìm thấy kết quả nào cho …": either way this query's search is done.
  await expect(page.getByRole('status')).toContainText(`cho “${query}”`, { timeout: 10_000 });
  const more = page.getByRole('button', { name: 'Xem thêm kết quả' });
  while (await more.isVisible()) {
    const shown = await page.locator('#ket-qua h2 a').count();
    await more.click();
    await expect(page.locator('#ket-qua h2 a')).not.toHaveCount(shown);
  }
  const urls = await page.locator('#ket-qua h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return urls.sort();
}

// DESIGN.md (Budgets): a query typed without diacritics finds the same pages as with them. Two pairs have a đ-word
// that the page named beside it holds only outside its title, summary and body: a decision's heading ("Quyết định
// 226/QĐ-UBND", whose "định" Pagefind also matches to the "đình" of "hộ gia đình" once it has folded the marks). Two
// are in the description of a unit the plan names (not a sample); "chuyển đổi số" is in a news item's title.
const SAME_PAGES: [string, string, string][] = [
  ['quyết định 226', 'quyet dinh 226', '/khen-thuong/qd-226-qd-ubnd-2025/'],
  ['gương điển hình', 'guong dien hinh', '/don-vi/hoi-phu-nu/'],
  ['chuyển đổi số', 'chuyen doi so', '/tin-tuc/trung-tam-cung-ung-dich-vu-cong-xa-day-manh-chuyen-doi-so-trong-giai-quyet-thu-tuc-hanh-chinh/'],
  ['hộ gia đình', 'ho gia dinh', '/khen-thuong/qd-226-qd-ubnd-2025/'],
  ['đơn vị', 'don vi', '/don-vi/phong-kinh-te/'],
];

test.describe('without diacritics, search finds the same pages as with them', () => {
  for (const [accented, plain, held] of SAME_PAGES) {
    test(`"${plain}" finds every page "${accented}" finds, and no other`, async ({ page }) => {
      const withMarks = await allResults(page, accented);
      expect(withMarks).toContain(held);
      expect(await allResults(page, plain)).toEqual(withMarks);
    });
  }
});

// A word that starts with đ, typed with d, matched only a page's hidden d-spellings, which Pagefind ranks with no
// place in the text and no weight in the title: "thi dua" put the plan 9th, where "thi đua" puts it 3rd.
test.describe('without diacritics, the first results come in the order they come with them', () => {
  for (const [accented, plain] of [
    ['thi đua', 'thi dua'],
    ['đại hội', 'dai hoi'],
  ] as const) {
    test(`"${plain}" as "${accented}"`, async ({ page }) => {
      const first = async (query: string) => {
        await page.goto(`/tim-kiem/?q=${encodeURIComponent(query)}`);
        await expect(page.getByRole('status')).toContainText(`cho “${query}”`, { timeout: 10_000 });
        return (await page.locator('#ket-qua h2 a').allTextContents()).slice(0, 5);
      };
      const withMarks = await first(accented);
      expect(withMarks).toHaveLength(5);
      expect(await first(plain)).toEqual(withMarks);
    });
  }
});

// Converters from the old Vietnamese encodings, and some keyboards, write the Icelandic Ð, which looks like Đ: pasted
// into the box, it found nothing.
test('a query written with the Icelandic Ð for Đ is searched as written with Đ', async ({ page }) => {
  await page.goto(`/tim-kiem/?q=${encodeURIComponent('Ðại hội Ðảng bộ')}`);
  await expect(page.getByRole('status')).toContainText('kết quả cho “Đại hội Đảng bộ”');
  await expect(page.locator('#ket-qua h2 a')).toContainText([CONGRESS]);
});

// The labels of a page's facts are the same on every page of its kind: searched, "Lĩnh vực" made every story a result
// for "linh vuc", and "Đơn vị, thôn, tiểu khu" every story one for "thon", its excerpt the list of labels.
test('the labels of a page\'s facts are not searched; what they label is', async ({ page }) => {
  await page.goto(PAGE_TYPES.story);
  await expect(page.getByRole('term').filter({ hasText: 'Lĩnh vực' })).toBeVisible();
  const found = await allResults(page, 'linh vuc');
  expect(found.length).toBeGreaterThan(0);
  expect(found.filter((url) => url.startsWith('/guong-dien-hinh/'))).toEqual([]);
  // The story's field, "Hạ tầng, giải phóng mặt bằng", in no other words of it, is still found without its marks.
  expect(await allResults(page, 'ha tang')).toContain(PAGE_TYPES.story);
});

// So are the heads of a decision's list of recipients ("Đối tượng", "Đơn vị, thôn, tiểu khu", "Gương điển hình"), on every decision.
test("the heads of a decision's list are not searched; the recipients are", async ({ page }) => {
  await page.goto(PAGE_TYPES.award);
  // A column a phone hides, its kind said under each name instead; the page still holds its head.
  await expect(page.locator('thead')).toContainText('Đối tượng');
  // The first recipient's name: the text of its row's head before the role under it.
  const recipient = (await page.getByRole('rowheader').first().evaluate((th) => th.firstChild?.textContent ?? '')).trim();
  expect(recipient).toMatch(/^(Anh|Chị|Ông|Bà) /);
  const found = await allResults(page, 'doi tuong');
  expect(found).toContain(PAGE_TYPES.plan);
  expect(found.filter((url) => url.startsWith('/khen-thuong/'))).toEqual([]);
  expect(await allResults(page, recipient)).toContain(PAGE_TYPES.award);
});

test("a page's facts read in its excerpt one by one, not run together", async ({ page }) => {
  await page.goto(PAGE_TYPES.document);
  const facts = page.getByRole('definition');
  // The law's issuer, its date of issue and the day it took effect, in a row in its facts box.
  const [issuer, issued, inForce] = await Promise.all([2, 3, 4].map((i) => facts.nth(i).innerText()));
  expect([issuer, issued, inForce]).toEqual(['Quốc hội', '15 tháng 6 năm 2022', '1 tháng 1 năm 2024']);
  await searchFor(page, 'luat thi dua khen thuong');
  const law = page.locator('#ket-qua li').filter({ has: page.getByRole('heading', { name: LAW }) });
  await expect(law).toContainText(`${issuer}. ${issued}. ${inForce}.`);
});

// The end of the plan, who signed it and where it was sent, is searched as the rest of it is.
test('the plan is found by the name of its signer and by those it was sent to', async ({ page }) => {
  for (const query of ['trinh hong son', 'so noi vu']) {
    const titles = await searchFor(page, query);
    expect(titles[0], query).toBe(PLAN);
  }
});

// The brief's own example: residents look for the plan's "gương người tốt, việc tốt" without marks. That is the title
// of the stories' section: the search leads there first, and finds every story, each of which names its section.
test('"guong nguoi tot" leads to the stories of exemplary people, and finds every one of them', async ({ page }) => {
  await searchFor(page, 'guong nguoi tot');
  // In the status region, so that a screen reader announces it with the count.
  const section = page.getByRole('status').getByRole('link', { name: 'Gương điển hình tiên tiến, gương người tốt, việc tốt', exact: true });
  await expect(section).toHaveAttribute('href', '/guong-dien-hinh/');
  await expect(page.getByRole('status')).toContainText('Xem cả mục:');
  expect((await section.boundingBox())!.y).toBeLessThan((await page.locator('#ket-qua li').first().boundingBox())!.y);
  // The stories come first, before the organisations whose descriptions say they introduce such examples.
  const first = await page.locator('#ket-qua h2 a').evaluateAll((as) => as.slice(0, 7).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(first.filter((url) => url.startsWith('/guong-dien-hinh/'))).toHaveLength(7);
  for (const query of ['guong nguoi tot', 'nguoi tot viec tot']) {
    expect((await allResults(page, query)).filter((url) => url.startsWith('/guong-dien-hinh/'))).toHaveLength(7);
  }
});

test('only a query that starts a section\'s name leads to it, and not once results are filtered', async ({ page }) => {
  for (const query of ['dai hoi dang bo', 'tien tien']) {
    await searchFor(page, query);
    await expect(page.getByRole('status').getByRole('link')).toHaveCount(0);
  }
  // "thi dua" names the keyword, not "Kế hoạch thi đua".
  await searchFor(page, 'thi dua');
  await expect(page.getByRole('status').getByRole('link')).toHaveText(['thi đua']);
  await searchFor(page, 'khen thuong');
  await expect(page.getByRole('status').getByRole('link', { name: 'Bảng vàng khen thưởng', exact: true })).toHaveAttribute('href', '/khen-thuong/');
  await page.goto(`/tim-kiem/?q=${encodeURIComponent('khen thuong')}&kind=${encodeURIComponent('Tin tức')}`);
  await expect(page.getByRole('status')).toContainText(/Tìm thấy \d+ kết quả/);
  await expect(page.getByRole('status').getByRole('link')).toHaveCount(0);
});

// Said to a phone's voice typing, a question holds the section's name among words that ask and others that no page
// holds together: the plan alone, the longest page, has them all. The question leads to the section still.
test('a question that names a section or a unit anywhere in it leads there', async ({ page }) => {
  for (const [query, name, href] of [
    ['tôi muốn xem danh sách người được khen thưởng năm 2025', 'Bảng vàng khen thưởng', '/khen-thuong/'],
    ['cho toi xem tin tuc ve thon dong xa', 'Tin tức', '/tin-tuc/'],
    ['toi muon xem tin cua thon dong xa', 'Thôn Đồng Xá', '/don-vi/thon-dong-xa/'],
  ] as const) {
    // Opened as a link: the status names the words searched, which may be the question without its asking words.
    await page.goto(`/tim-kiem/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).toContainText(/Tìm thấy \d+ kết quả/, { timeout: 10_000 });
    await expect(page.getByRole('status').getByRole('link', { name, exact: true }), query).toHaveAttribute('href', href);
  }
});

test('the committee\'s contacts are found by "lien he" and "so dien thoai", on the about page', async ({ page }) => {
  for (const query of ['lien he', 'so dien thoai']) {
    const titles = await searchFor(page, query);
    expect(titles[0], query).toBe('Giới thiệu – Liên hệ');
    await expect(page.locator('#ket-qua h2 a').first()).toHaveAttribute('href', '/gioi-thieu/');
  }
});

// The news a keyword gathers, newest first, on its own page: search ranked the Hội Nông dân's page first for
// "nong thon moi", above the news. A keyword that is also a section's name leads to the section.
test('a query that names a keyword of the news leads to its list, above the results', async ({ page }) => {
  for (const [query, name, href] of [
    ['nong thon moi', 'nông thôn mới', '/the/nong-thon-moi/'],
    ['thi dua', 'thi đua', '/the/thi-dua/'],
  ] as const) {
    await searchFor(page, query);
    await expect(page.getByRole('status')).toContainText('Tin theo từ khóa:');
    await expect(page.getByRole('status').getByRole('link'), query).toHaveText([name]);
    await expect(page.getByRole('status').getByRole('link')).toHaveAttribute('href', href);
  }
  await searchFor(page, 'khen thuong');
  await expect(page.getByRole('status').getByRole('link')).toHaveText(['Bảng vàng khen thưởng']);
});

// Residents look for their own village, by its name or as they call it: its page leads, above the stories and
// decisions that name it (Pagefind ranked it 5th of 25 for "thon dong xa").
test('a query that starts or ends with a unit\'s name leads to its page, above the results; a kind or a single word leads nowhere', async ({ page }) => {
  for (const [query, names] of [
    ['thon dong xa', ['Thôn Đồng Xá']],
    ['dong xa', ['Thôn Đồng Xá']],
    ['rau an toan dong xa', ['Hợp tác xã Rau an toàn Đồng Xá']],
    ['tieu khu', ['Tiểu khu 1', 'Tiểu khu 5']],
    // By the name residents call it, which its editors wrote beside its own.
    ['hoi phu nu', ['Hội Liên hiệp Phụ nữ xã']],
    // Or named after what is asked of it, as residents write it.
    ['khen thuong tieu khu 1', ['Tiểu khu 1']],
    ['guong dien hinh thon dong xa', ['Thôn Đồng Xá']],
    ['hoi nong dan', ['Hội Nông dân xã']],
  ] as const) {
    await searchFor(page, query);
    const status = page.getByRole('status');
    await expect(status).toContainText('Trang đơn vị:');
    await expect(status.getByRole('link')).toHaveText([...names]);
  }
  await expect(page.getByRole('status').getByRole('link', { name: 'Hội Nông dân xã' })).toHaveAttribute('href', '/don-vi/hoi-nong-dan/');
  for (const query of ['thon', 'xa dong', 'dong xa moi', 'khen thuong 1']) {
    await page.goto(`/tim-kiem/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).toContainText(`cho “${query}”`, { timeout: 10_000 });
    await expect(page.getByRole('status').getByRole('link')).toHaveCount(0);
  }
});

// A title with đ, typed with d: Pagefind boosts a match in a page's title, which "dong xa" did not get from "Thôn Đồng
// Xá" (the village's page came 20th of 30). It now comes on the first page of results, as it does for "đồng xá".
test('"dong xa" finds the village\'s own page among the first results, as "đồng xá" does', async ({ page }) => {
  for (const query of ['đồng xá', 'dong xa']) {
    expect(await searchFor(page, query)).toContain('Thôn Đồng Xá');
  }
});

test('a page that holds the words as a phrase comes before pages that hold them apart', async ({ page }) => {
  const titles = await searchFor(page, 'dai hoi dang bo');
  await expect(page.getByRole('status')).toContainText('kết quả cho “dai hoi dang bo”');
  // The first result holds the phrase "Đại hội Đảng bộ" (its excerpt marks every syllable in a row).
  const first = page.getByRole('main').getByRole('list').last().getByRole('listitem').first();
  await expect(first.locator('mark')).not.toHaveCount(0);
  const marked = (await first.locator('mark').allTextContents()).map((m) => m.toLowerCase());
  expect(marked.join(' ')).toContain('đại hội đảng bộ');
  expect(titles.length).toBeGreaterThan(3);
});

// Residents look for a decision by its form. The news of the ceremony that handed them out came first for "giay khen".
test('"giay khen" and "bang khen" bring a decision of that form first', async ({ page }) => {
  for (const [query, form] of [
    ['giay khen', 'Giấy khen của Chủ tịch UBND xã'],
    ['bang khen', 'Bằng khen của Chủ tịch UBND tỉnh'],
  ] as const) {
    const [first] = await searchFor(page, query);
    expect(first, query).toMatch(/^Quyết định /);
    await page.locator('#ket-qua h2 a').first().click();
    await expect(page.getByRole('definition').filter({ hasText: form }), query).toHaveCount(1);
  }
});

// Before, a page counted as holding the phrase when as many of its matched words as the query's stood in a row: the
// story of Tiểu khu 5 ("thôn, tiểu khu. Tiểu khu 5…") did, through "tiểu khu" twice, and "1" matching "18/11".
test('"tieu khu 1" brings the pages that name Tiểu khu 1 before the story of Tiểu khu 5', async ({ page }) => {
  const titles = await searchFor(page, 'tieu khu 1');
  const at = (start: string) => titles.findIndex((title) => title.startsWith(start));
  const elsewhere = at('Tiểu khu 5 giữ vững bình yên');
  expect(elsewhere).toBeGreaterThan(-1);
  for (const start of ['Tiểu khu 1', 'Quyết định 226/QĐ-UBND', DIGITAL]) {
    expect(at(start), start).toBeGreaterThan(-1);
    expect(at(start), start).toBeLessThan(elsewhere);
  }
});

test('while the last word is still being typed, the page holding the words in a row comes first', async ({ page }) => {
  // "tu" is not yet "tuổi": no page holds the words in quotes, whole; the news says "hỗ trợ người cao tuổi".
  const titles = await searchFor(page, 'ho tro nguoi cao tu');
  expect(titles[0]).toBe(DIGITAL);
});

// A decision's number as residents write it, glued to "qd", joined by a hyphen or after "số"; a village's number
// glued to its short form. Each found other pages first, or none.
test('a number written as residents write it finds its decision, or its village, first; the status says what was searched', async ({ page }) => {
  for (const [query, searched, first] of [
    ['qd152', 'qd 152', 'Quyết định 152/QĐ-UBND: '],
    ['QĐ205', 'QĐ 205', 'Quyết định 205/QĐ-UBND: '],
    ['qd-205', 'qd 205', 'Quyết định 205/QĐ-UBND: '],
    ['so 205', '205', 'Quyết định 205/QĐ-UBND: '],
  ]) {
    await page.goto(`/tim-kiem/?q=${encodeURIComponent(query!)}`);
    await expect(page.getByRole('status')).toContainText(`kết quả cho “${searched}”`);
    await expect(page.locator('#ket-qua h2').first(), query).toContainText(first!);
  }
  await page.goto('/tim-kiem/?q=tk5');
  await expect(page.getByRole('status')).toContainText('kết quả cho “tiểu khu 5”');
  await expect(page.getByRole('status').getByRole('link')).toHaveText(['Tiểu khu 5']);
});

test('"Tìm" pressed with nothing typed asks for the words, rather than doing nothing', async ({ page }) => {
  await page.goto('/tim-kiem/');
  await page.getByRole('main').getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Mời bạn gõ từ cần tìm vào ô trên.');
});

// Back after a second search brought the page before the search page: the first search was gone from the history.
test('Back brings the search asked for before, and Forward the later one', async ({ page }) => {
  await page.goto('/tim-kiem/');
  const box = page.getByRole('searchbox', { name: 'Từ cần tìm' });
  const status = page.getByRole('status');
  for (const query of ['dang bo', 'khen thuong']) {
    await box.fill(query);
    await box.press('Enter');
    await expect(status).toContainText(`kết quả cho “${query}”`);
  }
  await page.goBack();
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=dang\+bo$/);
  await expect(box).toHaveValue('dang bo');
  await expect(status).toContainText('kết quả cho “dang bo”');
  await page.goForward();
  await expect(box).toHaveValue('khen thuong');
  await expect(status).toContainText('kết quả cho “khen thuong”');
});

test('a search asked for before the index has come keeps its place in the history too', async ({ page }) => {
  // A phone's slow network: the index comes after Enter, and the resident types on meanwhile.
  await page.route('**/pagefind/pagefind.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/tim-kiem/');
  const box = page.getByRole('searchbox', { name: 'Từ cần tìm' });
  const status = page.getByRole('status');
  await box.fill('dang');
  await box.press('Enter');
  await box.pressSequentially(' bo');
  await expect(status).toContainText('kết quả cho “dang bo”');
  await page.goBack();
  await expect(box).toHaveValue('dang');
  await expect(status).toContainText('kết quả cho “dang”');
});

/** The title of the first result that reaches the screen: where a resident scrolling the results is. */
const firstOnScreen = (links: Locator) => links.evaluateAll((as) => as.find((a) => a.closest('li')!.getBoundingClientRect().bottom > 0)?.textContent);

/** The results for "xã" after one "Xem thêm": twenty links. */
async function twentyResults(page: Page): Promise<Locator> {
  await page.goto(`/tim-kiem/?q=${encodeURIComponent('xã')}`);
  const links = page.locator('#ket-qua h2 a');
  await expect(links).toHaveCount(10);
  await page.getByRole('button', { name: 'Xem thêm kết quả' }).click();
  await expect(links).toHaveCount(20);
  return links;
}

// The skip link, or any link to a place in the page, is a step in the history too: it searched again, and the
// results "Xem thêm" had added were gone.
test('a jump within the search page keeps the results shown', async ({ page }) => {
  await page.goto('/tim-kiem/?q=thi+dua');
  const results = page.locator('#ket-qua li');
  await expect(results).toHaveCount(10);
  await page.getByRole('button', { name: 'Xem thêm kết quả' }).click();
  await expect(results).not.toHaveCount(10);
  const shown = await results.count();
  // As a keyboard reaches it: it shows only when focused.
  await page.getByRole('link', { name: 'Chuyển đến nội dung chính' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#noi-dung$/);
  // Time for a search to come back, if one were run.
  await page.waitForTimeout(1000);
  await expect(results).toHaveCount(shown);
  await expect(page.getByRole('status')).toContainText('kết quả cho “thi dua”');
});

test('Back from a jump within the search page returns to the place in the results', async ({ page }) => {
  const links = await twentyResults(page);
  await links.nth(14).scrollIntoViewIfNeeded();
  const first = await firstOnScreen(links);
  // Time for the place to be written, as a resident reading would give it.
  await page.waitForTimeout(500);
  // Any link to a part of the page, here the main content's.
  await page.evaluate(() => (location.hash = 'noi-dung'));
  await expect.poll(() => firstOnScreen(links)).not.toBe(first);
  await page.goBack();
  await expect(page).not.toHaveURL(/#/);
  await expect.poll(() => firstOnScreen(links)).toBe(first);
  await expect(links).toHaveCount(20);
});

// A browser inside Zalo or Facebook, or a phone short of memory, does not keep the page while a result is read: Back
// loaded it again and showed the first ten results from the top, those "Xem thêm" had added gone.
test('Back from a result brings the results shown before and the place in them, though the page loads again', async ({ page }) => {
  const links = await twentyResults(page);
  const read = links.nth(14);
  await read.scrollIntoViewIfNeeded();
  const title = await read.textContent();
  const first = await firstOnScreen(links);
  expect(first).not.toBe(await links.first().textContent());
  // Marks this load of the page: the browser under test must load it again for the test to mean anything.
  await page.evaluate(() => Object.assign(window, { sameLoad: true }));
  await read.click();
  await expect(page).not.toHaveURL(/tim-kiem/);
  await page.goBack();
  await expect(links).toHaveCount(20);
  expect(await page.evaluate(() => 'sameLoad' in window)).toBe(false);
  // The same results on screen, the one read among them, though the page may be laid out otherwise (its font came in
  // time, or not).
  await expect.poll(() => firstOnScreen(links)).toBe(first);
  await expect(links.nth(14)).toHaveText(title!);
  await expect(links.nth(14)).toBeInViewport();
});

test('Back to an earlier search in the page brings as many of its results as were shown', async ({ page }) => {
  const links = await twentyResults(page);
  const shown = await links.allTextContents();
  const box = page.getByRole('searchbox', { name: 'Từ cần tìm' });
  await box.fill('khen thuong');
  await box.press('Enter');
  await expect(page.getByRole('status')).toContainText('kết quả cho “khen thuong”');
  await page.goBack();
  await expect(page.getByRole('status')).toContainText('kết quả cho “xã”');
  await expect(links).toHaveText(shown);
  // And again after Forward: the search brought back keeps its place in the history too.
  await page.goForward();
  await expect(page.getByRole('status')).toContainText('kết quả cho “khen thuong”');
  await page.goBack();
  await expect(page.getByRole('status')).toContainText('kết quả cho “xã”');
  await expect(links).toHaveText(shown);
});

test('a reload keeps as many results as were shown, and the place in them', async ({ page }) => {
  const links = await twentyResults(page);
  await links.nth(14).scrollIntoViewIfNeeded();
  const first = await firstOnScreen(links);
  // Time for the place to be written, as a resident reading would give it.
  await page.waitForTimeout(500);
  await page.reload();
  await expect(links).toHaveCount(20);
  await expect.poll(() => firstOnScreen(links)).toBe(first);
  await expect(links.nth(14)).toBeInViewport();
});

// Residents type a question as they would say it; held together, its words found nothing.
test('a question typed as it is said finds what it names, and the status says what was searched', async ({ page }) => {
  await page.goto(`/tim-kiem/?q=${encodeURIComponent('toi muon tim quyet dinh khen thuong cho ong nguyen van a')}`);
  await expect(page.getByRole('status')).toContainText('kết quả cho “quyet dinh khen thuong ong nguyen van a”');
  const titles = await page.locator('#ket-qua h2').allTextContents();
  expect(titles.slice(0, 3)).toContain('Ông Nguyễn Văn A – người trưởng thôn tận tụy với công tác giải phóng mặt bằng');
  expect(titles.slice(0, 3).some((title) => title.startsWith('Quyết định 152/QĐ-UBND: '))).toBe(true);
});

// "Bảng vàng" is the honor roll's name, and no entry's words: the section answers, and spelling tips would not.
test('words that name a section but no entry lead to the section, without spelling tips', async ({ page }) => {
  const tips = page.getByText('Bạn có thể thử: kiểm tra lại chính tả');
  await page.goto('/tim-kiem/?q=bang+vang');
  await expect(page.getByRole('status')).toContainText('Không tìm thấy kết quả nào cho “bang vang”');
  await expect(page.getByRole('status').getByRole('link', { name: 'Bảng vàng khen thưởng', exact: true })).toHaveAttribute('href', '/khen-thuong/');
  await expect(tips).toBeHidden();
  await page.goto('/tim-kiem/?q=xyzzyq');
  await expect(page.getByRole('status')).toContainText('Không tìm thấy kết quả nào cho “xyzzyq”');
  await expect(tips).toBeVisible();
});

test('an abbreviation residents write, "HTX", finds the pages that spell it out, and the status says what was searched', async ({ page }) => {
  await page.goto('/tim-kiem/?q=htx+rau');
  await expect(page.getByRole('status')).toContainText('kết quả cho “hợp tác xã rau”');
  await expect(page.locator('#ca-muc').getByRole('link', { name: 'Hợp tác xã Rau an toàn Đồng Xá' })).toBeVisible();
  const titles = page.locator('#ket-qua h2');
  await expect(titles.first()).toContainText('Hợp tác xã Rau an toàn Đồng Xá');
  // "TĐKT", typed without marks: the council first.
  await page.goto('/tim-kiem/?q=hoi+dong+tdkt');
  await expect(page.getByRole('status')).toContainText('kết quả cho “hoi dong thi đua khen thưởng”');
  await expect(titles.first()).toHaveText('Hội đồng Thi đua - Khen thưởng xã');
  // Written so on many pages, "UBND" is searched as typed.
  await page.goto('/tim-kiem/?q=UBND');
  await expect(page.getByRole('status')).toContainText('kết quả cho “UBND”');
  // In quotes too; and beside a word no page holds, that word alone is left out, as typed.
  await page.goto('/tim-kiem/?q=%22htx+rau%22');
  await expect(page.getByRole('status')).toContainText('kết quả cho “"hợp tác xã rau"”');
  await page.goto('/tim-kiem/?q=htx+rau+dong+xaaa');
  await expect(page.getByRole('status')).toContainText('Không trang nào có từ “xaaa”. Tìm thấy');
  await expect(page.getByRole('status')).toContainText('kết quả cho “hợp tác xã rau dong”');
});

test('each result shows its kind, its date and an excerpt with the match highlighted', async ({ page }) => {
  await searchFor(page, 'giai phong mat bang');
  const first = page.getByRole('main').getByRole('list').last().getByRole('listitem').first();
  await expect(first).toContainText('Tin tức · 12 tháng 8 năm 2025');
  await expect(first.locator('mark').first()).toHaveText(/giải/i);
  await first.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(GPMB);
});

test('the plan, whose date of issue is not recorded, shows no date in its result, and is filed under its year', async ({ page }) => {
  await searchFor(page, 'dao duc loi song');
  const plan = page.locator('#ket-qua li').filter({ hasText: PLAN });
  await expect(plan.locator('> p:first-of-type')).toHaveText('Kế hoạch');
  for (const [year, found] of [['2025', 1], ['2024', 0]] as const) {
    await page.goto(`/tim-kiem/?q=${encodeURIComponent('dao duc loi song')}&year=${year}`);
    await expect(page.getByRole('status')).toContainText('cho “dao duc loi song”');
    await expect(page.locator('#ket-qua li').filter({ hasText: PLAN })).toHaveCount(found);
  }
});

/** How many results the status line announces ("Tìm thấy 12 kết quả"), once it announces some. */
async function announced(page: Page): Promise<number> {
  const status = page.getByRole('status');
  await expect(status).toContainText(/Tìm thấy \d+ kết quả/);
  return Number((await status.textContent())!.match(/Tìm thấy (\d+) kết quả/)![1]);
}

/** The paths of links in `links`. */
const pathsOf = (links: Locator) => links.evaluateAll((all) => all.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** The addresses of every result, sorted: the status line's count, shown by pressing "Xem thêm kết quả" until all are. */
async function resultLinks(page: Page): Promise<string[]> {
  const total = await announced(page);
  const results = page.locator('#ket-qua h2 a');
  const more = page.getByRole('button', { name: 'Xem thêm kết quả' });
  while (await more.isVisible()) {
    const shown = await results.count();
    await more.click();
    await expect(results).not.toHaveCount(shown);
  }
  await expect(results).toHaveCount(total);
  return (await pathsOf(results)).sort();
}

/** The entries a list links by their headings of `level`, on every page of it ("Trang sau"): addresses, sorted. */
async function listedOn(page: Page, path: string, level: number): Promise<string[]> {
  const found: string[] = [];
  let next: string | null = path;
  while (next) {
    await page.goto(next);
    found.push(...(await pathsOf(page.getByRole('main').getByRole('heading', { level }).getByRole('link'))));
    const later = page.getByRole('link', { name: 'Trang sau' }).first();
    next = (await later.count()) > 0 ? await later.getAttribute('href') : null;
  }
  return found.sort();
}

test('the filters offer kinds, categories, units and years, and choosing one narrows the results and the address', async ({ page }) => {
  await searchFor(page, 'thi dua');
  const found = () => announced(page);
  const all = await found();
  expect(all).toBeGreaterThan(0);
  await page.getByText('Lọc kết quả', { exact: true }).click();
  for (const [label, value] of [['Chuyên mục', 'Hạ tầng, giải phóng mặt bằng'], ['Đơn vị, thôn, tiểu khu', 'Thôn Đồng Xá'], ['Năm', '2025']]) {
    await expect(page.getByLabel(label!).locator('option', { hasText: new RegExp(`^${value}`) })).toHaveCount(1);
  }
  await page.getByLabel('Loại trang').selectOption('Gương điển hình');
  await expect(page).toHaveURL(/kind=G/);
  // Every result's kind line, once the filtered search has replaced the unfiltered results.
  const kinds = page.locator('#ket-qua li > p:first-of-type');
  await expect.poll(async () => (await kinds.allTextContents()).every((line) => line.startsWith('Gương điển hình'))).toBe(true);
  expect(await kinds.count()).toBeGreaterThan(0);
  // The count follows a pause: arrowing through the choices searches at each, and was read out at each.
  await expect.poll(found).toBeLessThan(all);
  await page.getByLabel('Loại trang').selectOption('');
  await page.getByLabel('Đơn vị, thôn, tiểu khu').selectOption('Thôn Đồng Xá');
  await expect(page).toHaveURL(/unit=Th%C3%B4n\+%C4%90%E1%BB%93ng\+X%C3%A1|unit=Th%C3%B4n%20/);
  await expect.poll(found).toBeLessThan(all);
  expect(await found()).toBeGreaterThan(0);
});

test('filtered by a category, search finds exactly the news the category\'s page lists', async ({ page }) => {
  // A section's list titles each item; a unit's page groups them under its section's heading.
  const listed = await listedOn(page, '/tin-tuc/chuyen-muc/ha-tang/', 2);
  expect(listed.length).toBeGreaterThan(0);
  await page.goto(`/tim-kiem/?category=${encodeURIComponent('Hạ tầng, giải phóng mặt bằng')}`);
  expect(await resultLinks(page)).toEqual(listed);
});

test("filtered by a village, search finds the village and exactly what its page lists, the units in it included", async ({ page }) => {
  const listed = await listedOn(page, '/don-vi/thon-dong-xa/', 3);
  expect(listed.length).toBeGreaterThan(0);
  // The village's page lists the cooperative in it, which names no village itself.
  await expect(page.getByRole('link', { name: 'Hợp tác xã Rau an toàn Đồng Xá đi đầu sản xuất nông nghiệp xanh' })).toBeVisible();
  await page.goto(`/tim-kiem/?unit=${encodeURIComponent('Thôn Đồng Xá')}`);
  expect(await resultLinks(page)).toEqual(['/don-vi/thon-dong-xa/', ...listed].sort());
});

test('a search link shared with a filter, or reloaded, keeps the filter', async ({ page }) => {
  const kinds = () => page.locator('#ket-qua li > p:first-of-type').allTextContents();
  await page.goto(`/tim-kiem/?q=${encodeURIComponent('thi dua')}&kind=${encodeURIComponent('Gương điển hình')}`);
  const status = page.getByRole('status');
  await expect(status).toContainText(/Tìm thấy \d+ kết quả/);
  const count = await status.textContent();
  await expect(page.getByLabel('Loại trang')).toHaveValue('Gương điển hình');
  expect(await page.locator('#ket-qua li').count()).toBeGreaterThan(0);
  for (const line of await kinds()) expect(line).toMatch(/^Gương điển hình/);
  await expect(page).toHaveURL(/kind=G/);
  await page.reload();
  await expect(status).toHaveText(count!);
  await expect(page.getByLabel('Loại trang')).toHaveValue('Gương điển hình');
  // A filter alone is a search too: every exemplary story, as the section's pages list them.
  const stories = await listedOn(page, '/guong-dien-hinh/', 2);
  expect(stories.length).toBeGreaterThan(0);
  await page.goto(`/tim-kiem/?kind=${encodeURIComponent('Gương điển hình')}`);
  expect(await resultLinks(page)).toEqual(stories);
  for (const line of await kinds()) expect(line).toMatch(/^Gương điển hình/);
});

test('a query with no results says so and suggests what to try, with the sections to read instead', async ({ page }) => {
  await page.goto('/tim-kiem/?q=qqqqzzz');
  await expect(page.getByRole('status')).toHaveText('Không tìm thấy kết quả nào cho “qqqqzzz”.');
  await expect(page.getByText('Bạn có thể thử: kiểm tra lại chính tả')).toBeVisible();
  // No filter is set: no advice to remove one.
  await expect(page.getByText('Cũng có thể bỏ bớt bộ lọc.')).toBeHidden();
  await page.getByRole('main').getByRole('link', { name: 'Khen thưởng', exact: true }).click();
  await expect(page).toHaveURL(/\/khen-thuong\/$/);
  await page.goto(`/tim-kiem/?q=qqqqzzz&kind=${encodeURIComponent('Tin tức')}`);
  await expect(page.getByText('Cũng có thể bỏ bớt bộ lọc.')).toBeVisible();
});

// The hint suggests quotes for an exact phrase; typed without marks, Pagefind's exact phrase never matched a đ-word.
test('a phrase in quotes typed without marks finds the pages that hold it, first, as typed with marks', async ({ page }) => {
  const titles = await searchFor(page, '"dai hoi dang bo"');
  expect(titles[0]).toMatch(/Đại hội đảng bộ/i);
  expect(titles).toContain('Xã Hà Trung phát động phong trào thi đua cao điểm chào mừng Đại hội Đảng bộ xã');
  expect(await searchFor(page, '"đại hội đảng bộ"')).toEqual(titles);
});

// Words that only a photo's description or a result's date holds, which Pagefind searches too: not mistaken for words
// no page holds (each showed nothing for a while).
for (const [query, title] of [
  ['luong', 'Mở rộng diện tích rau an toàn, phát triển nông nghiệp xanh trong vụ đông'],
  ['20 thang 11', 'Hội nghị tuyên dương điển hình tiên tiến xã Hà Trung năm 2025'],
]) {
  test(`"${query}" finds the pages that hold it in their metadata`, async ({ page }) => {
    const titles = await searchFor(page, query!);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles).toContain(title);
  });
}

// Words the site never uses, which start like words it does: Pagefind answered "covid" with every page (through "có")
// and "hoc bong" with pages about vegetables ("học" and "bông" are not both on any page). Nor is one word kept alone
// when another is on no page: "covid xa" would find every page through "xã".
for (const query of ['covid', 'hoc bong', 'xyzzyq', 'covid xa']) {
  test(`"${query}", in no page, finds nothing rather than pages holding a word it starts with`, async ({ page }) => {
    await page.goto(`/tim-kiem/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).toHaveText(`Không tìm thấy kết quả nào cho “${query}”.`);
    await expect(page.locator('#ket-qua li')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Xem thêm kết quả' })).toBeHidden();
  });
}

// A slip of the finger in one word was a dead end. A word on no page is put right to a word of the site one slip from
// it, as a page holds it in a row with the others ("rau", not the site's more frequent "ra"; "đại hội", typed with d),
// or else left out, and the status says which. No page has "hộ gia đình hiến đất" in a row, nor a word like "bxyzq".
for (const [query, missing, searched, holds] of [
  ['giai phong mat bng', 'bng', 'giai phong mat bang', 'giải phóng mặt bằng'],
  ['khen thuog', 'thuog', 'khen thuong', 'khen thưởng'],
  ['hop tac xa rua', 'rua', 'hop tac xa rau', 'hợp tác xã rau'],
  ['dai hoj dang bo', 'hoj', 'dai hoi dang bo', 'đại hội đảng bộ'],
  ['ho gia dinh hien datt', 'datt', 'ho gia dinh hien', 'hộ gia đình'],
  ['giai phong mat bxyzq', 'bxyzq', 'giai phong mat', 'giải phóng mặt'],
]) {
  test(`"${query}" says no page has "${missing}", and shows what "${searched}" finds`, async ({ page }) => {
    await page.goto(`/tim-kiem/?q=${encodeURIComponent(query!)}`);
    await expect(page.getByRole('status')).toContainText(new RegExp(`^Không trang nào có từ “${missing}”\\. Tìm thấy \\d+ kết quả cho “${searched}”(\\.|$)`));
    // The pages holding the words searched, in a row, first.
    await expect(page.locator('#ket-qua li').first()).toContainText(new RegExp(holds!, 'i'));
    await expect(page.getByText('Bạn có thể thử')).toBeHidden();
  });
}

// On a phone whose keyboard is set to English, Telex stays letters: "ddaij hooij" found nothing, and was no slip.
test('words typed in Telex that stayed letters ("ddaij hooij ddangr booj") are searched without its keys', async ({ page }) => {
  await page.goto(`/tim-kiem/?q=${encodeURIComponent('ddaij hooij ddangr booj')}`);
  await expect(page.getByRole('status')).toContainText(/^Tìm thấy \d+ kết quả cho “dai hoi dang bo”\.$/);
  await expect(page.locator('#ket-qua li').first()).toContainText(/đại hội đại biểu đảng bộ|đại hội đảng bộ/i);
});

// A word alone has no others to tell what it meant: a name the site lacks is no slip for another word.
test('a word alone that no page holds is not searched as another, which is offered instead', async ({ page }) => {
  for (const [typed, offered] of [
    ['thuogn', 'thuong'],
    ['bong', 'bang'],
  ]) {
    await page.goto(`/tim-kiem/?q=${typed}`);
    // Announced with the count.
    await expect(page.getByRole('status')).toHaveText(`Không tìm thấy kết quả nào cho “${typed}”.Có phải bạn muốn tìm: ${offered}`);
    await expect(page.locator('#ket-qua li')).toHaveCount(0);
    await expect(page.getByRole('status').getByRole('link', { name: offered, exact: true })).toBeVisible();
  }
  await page.getByRole('link', { name: 'bang', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('kết quả cho “bang”');
  await expect(page.getByText('Có phải bạn muốn tìm:')).toBeHidden();
});

test("a search that finds pages does not fetch the site's words, which only a word on no page needs", async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`/tim-kiem/?q=${encodeURIComponent('khen thuong')}`);
  await expect(page.getByRole('status')).toContainText('kết quả cho “khen thuong”');
  expect(fetched).not.toContain('/tim-kiem/tu-vung.json');
  await page.getByRole('searchbox', { name: 'Từ cần tìm' }).fill('khen thuog');
  await page.getByRole('searchbox', { name: 'Từ cần tìm' }).press('Enter');
  await expect(page.getByRole('status')).toContainText('Không trang nào có từ “thuog”. Tìm thấy');
  await expect(page.getByRole('status')).toContainText('kết quả cho “khen thuong”');
  expect(fetched).toContain('/tim-kiem/tu-vung.json');
});

// Typed at a screen reader's pace, "khen thuong" made twelve announcements: "Đang tìm…" and a count after each key.
test('typing says its count once, after a pause, and Enter does not say it again', async ({ page }) => {
  await page.goto('/tim-kiem/');
  const box = page.getByRole('searchbox', { name: 'Từ cần tìm' });
  // The index loaded first ("Đang tải bộ tìm kiếm…"): its filters show once it has.
  await box.focus();
  await expect(page.getByText('Lọc kết quả', { exact: true })).toBeVisible();
  await page.getByRole('status').evaluate((region) => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => region.textContent!.trim() && said.push(region.textContent!.trim())).observe(region, { subtree: true, childList: true, characterData: true });
  });
  await box.pressSequentially('khen thuong', { delay: 400 });
  await expect(page.getByRole('status')).toContainText('kết quả cho “khen thuong”');
  await box.press('Enter');
  // Long enough for the search Enter starts to have said its count, had it said it again.
  await page.waitForTimeout(1_500);
  const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
  expect(said.filter((text) => /kết quả cho/.test(text))).toEqual([expect.stringMatching(/^Tìm thấy \d+ kết quả cho “khen thuong”/)]);
});

test('the index loads when the box is focused, not before', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => r.url().includes('/pagefind/') && loaded.push(r.url()));
  // Everything the page asks for on its own has come: a script that fetched the index late would have by now.
  await page.goto('/tim-kiem/', { waitUntil: 'networkidle' });
  expect(loaded).toEqual([]);
  await page.getByRole('searchbox', { name: 'Từ cần tìm' }).focus();
  await expect.poll(() => loaded.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('without JavaScript, the header\'s search box reaches the search page, which says why it cannot search and leads to every section', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/tin-tuc/');
  await page.getByRole('search', { name: 'Tìm trên trang web' }).getByRole('searchbox').fill('dang bo');
  await page.getByRole('search', { name: 'Tìm trên trang web' }).getByRole('button', { name: 'Tìm' }).click();
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=dang\+bo$/);
  // The words cannot be searched there: the page says why, and leads on to every section.
  // By CSS: Playwright's text and role locators pass over what a <noscript> holds (microsoft/playwright#15887).
  const note = page.locator('main noscript p');
  await expect(note.first()).toHaveText('Trang tìm kiếm cần trình duyệt bật JavaScript.');
  await expect(note.first()).toBeVisible();
  await expect(note.last()).toContainText('Bạn vẫn có thể đọc các mục:');
  const sections = note.last().locator('a');
  await expect(sections).toHaveText(['Kế hoạch', 'Tin tức', 'Gương điển hình', 'Khen thưởng', 'Đơn vị', 'Văn bản']);
  await sections.nth(1).click();
  await expect(page).toHaveURL(/\/tin-tuc\/$/);
  await context.close();
});

// On a phone's network an index part or a result can fail to arrive after the index has loaded: the search said
// "Đang tìm…" for ever. It says the network broke off, and "Tìm" tries again once it is back.
test('a search the network breaks off says so, and searching again finds the pages', async ({ page }) => {
  await page.goto('/tim-kiem/');
  const box = page.getByRole('searchbox', { name: 'Từ cần tìm' });
  await box.focus();
  // The index has loaded, its filters' part too.
  await expect(page.getByLabel('Loại trang').locator('option', { hasText: 'Gương điển hình' })).toHaveCount(1);
  await page.context().setOffline(true);
  await box.fill('hien dat');
  await box.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Mạng bị gián đoạn nên chưa tìm xong. Mời bạn bấm “Tìm” để thử lại.');
  await page.context().setOffline(false);
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('kết quả cho “hien dat”');
  expect(await page.locator('#ket-qua h2').allTextContents()).toContain(LAND);
});

// Pagefind's index runs as WebAssembly with two tables, which browsers older than Chrome 96 and Safari 15 cannot run,
// nor a browser with WebAssembly turned off (iOS's Lockdown Mode): in Chromium 90 every search said the network had
// broken off, and to try again. Such a browser is told what is wrong, and where else to go, and fetches no index.
const engines = {
  'WebAssembly turned off': () => delete (globalThis as { WebAssembly?: unknown }).WebAssembly,
  // Chromium 90's answer: a module with more than one table is not valid.
  'one table only': () => {
    const validate = WebAssembly.validate.bind(WebAssembly);
    WebAssembly.validate = (bytes) => {
      const b = new Uint8Array(bytes instanceof ArrayBuffer ? bytes : bytes.buffer);
      return b[8] === 4 && b[10]! > 1 ? false : validate(bytes);
    };
  },
};
for (const [engine, limit] of Object.entries(engines)) {
  test(`a browser that cannot run the search index says so, not that the network broke off (${engine})`, async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => request.url().includes('/pagefind/') && fetched.push(request.url()));
    await page.addInitScript(limit);
    await page.goto('/tim-kiem/?q=hien+dat');
    const told =
      'Trình duyệt trên máy này không dùng được chức năng tìm kiếm. Nếu máy cập nhật được, mời bạn cập nhật trình duyệt; nếu không, mời bạn bấm “Danh mục” ở đầu trang để đến các mục của trang web.';
    await expect(page.getByRole('status')).toHaveText(told);
    const box = page.getByRole('searchbox', { name: 'Từ cần tìm' });
    await box.fill('guong nguoi tot');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText(told);
    await expect(page.getByText('Lọc kết quả')).toBeHidden();
    expect(fetched).toEqual([]);
  });
}

// On a small phone the answer's line is below the screen: pressing "Tìm" showed nothing happening for the seconds a
// slow network takes to load the index.
test('pressing "Tìm" on a small phone brings the answer\'s line into view while it loads', { tag: '@once' }, async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/tim-kiem/');
  const status = page.getByRole('status');
  await expect(status).not.toBeInViewport();
  // The index is held back, as over a slow network, until the line has been seen.
  let arrive = () => {};
  const held = new Promise<void>((resolve) => (arrive = resolve));
  await page.route(/\/pagefind\/pagefind\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('searchbox', { name: 'Từ cần tìm' }).fill('dang bo');
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(status).toHaveText('Đang tải bộ tìm kiếm…');
  await expect(status).toBeInViewport();
  arrive();
  await expect(status).toContainText('kết quả cho “dang bo”');
});

// Enter pressed with the results of the words typed so far already below: the page scrolled to the answer's line, and
// the box, with the cursor still in it, went above the screen, so the next words were typed unseen.
test('Enter on a small phone shows the answer\'s line under the box, which stays on screen', { tag: '@once' }, async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/tim-kiem/');
  // Text set larger, as many residents have it.
  await page.addStyleTag({ content: 'html { font-size: 150% !important }' });
  const box = page.getByRole('searchbox', { name: 'Từ cần tìm' });
  await box.fill('guong nguoi tot');
  const status = page.getByRole('status');
  await expect(status).toContainText('kết quả cho “guong nguoi tot”');
  await expect(status).not.toBeInViewport();
  await box.press('Enter');
  await expect(status).toBeInViewport();
  await expect(box).toBeInViewport({ ratio: 1 });
  await expect(box).toBeFocused();
  // With the filters open between them and the text twice as large, there is no room for both: the line comes first.
  await page.addStyleTag({ content: 'html { font-size: 200% !important }' });
  await page.getByText('Lọc kết quả').click();
  await page.evaluate(() => scrollTo(0, 0));
  await expect(status).not.toBeInViewport();
  await box.press('Enter');
  await expect(status).toBeInViewport();
});

test("results do not wait for the filters' part of the index, which a slow network brings later, nor move when it comes", async ({ page }) => {
  let arrive = () => {};
  const held = new Promise<void>((resolve) => (arrive = resolve));
  await page.route(/\/pagefind\/filter\//, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/tim-kiem/?q=${encodeURIComponent('dang bo')}`);
  await expect(page.getByRole('status')).toContainText('kết quả cho “dang bo”');
  const first = page.locator('#ket-qua li').first();
  await expect(first).toBeVisible();
  // The folded box is in place before the results: it appeared above them once its choices came (a layout shift).
  const filters = page.getByText('Lọc kết quả', { exact: true });
  await expect(filters).toBeVisible();
  // Its place on the page, not on the screen: on a phone the page scrolls to the results two frames after they come,
  // which a measure against the screen took for a move (CI: 776 px, then 94).
  const top = () => first.evaluate((li) => li.getBoundingClientRect().top + scrollY);
  const y = await top();
  arrive();
  await expect(page.getByLabel('Loại trang').locator('option', { hasText: 'Gương điển hình' })).toHaveCount(1);
  expect(await top()).toBe(y);
  await filters.click();
  await expect(page.getByLabel('Loại trang').locator('option', { hasText: 'Gương điển hình' })).toHaveCount(1);
});

test('a search link shared with ?q= shows its results at once, on the first screen', async ({ page }) => {
  await page.goto(`/tim-kiem/?q=${encodeURIComponent('hiến đất')}`);
  await expect(page.getByRole('searchbox', { name: 'Từ cần tìm' })).toHaveValue('hiến đất');
  const first = page.getByRole('main').getByRole('list').last().getByRole('heading', { level: 2 }).first();
  await expect(first).toBeVisible();
  await expect(first).toBeInViewport();
  await expect(page.getByRole('status')).toBeInViewport();
  // One search box on the search page: the header's would be a second one above it.
  await expect(page.getByRole('searchbox')).toHaveCount(1);
});

test('arrived with a query on a small phone, the keyboard goes on from the results it was shown', { tag: '@once' }, async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(`/tim-kiem/?q=${encodeURIComponent('hiến đất')}`);
  const status = page.getByRole('status');
  await expect(status).toContainText('kết quả cho “hiến đất”');
  await expect(status).toBeInViewport();
  // Left at the top of the page, the first Tab went to the skip link, and the results scrolled away. It goes to the
  // first link after the count: the keyword's page, offered with it.
  await page.keyboard.press('Tab');
  await expect(status.getByRole('link', { name: 'hiến đất', exact: true })).toBeFocused();
  await expect(status).toBeInViewport();
});

test('the page\'s title names the words searched, for the tab, the history and a share sheet', async ({ page }) => {
  await page.goto(`/tim-kiem/?q=${encodeURIComponent('hiến đất')}`);
  await expect(page).toHaveTitle('“hiến đất” – Tìm kiếm | Ủy ban nhân dân xã Hà Trung');
  const box = page.getByRole('searchbox', { name: 'Từ cần tìm' });
  await box.fill('');
  await box.press('Enter');
  await expect(page).toHaveTitle('Tìm kiếm | Ủy ban nhân dân xã Hà Trung');
  await page.goBack();
  await expect(page).toHaveTitle('“hiến đất” – Tìm kiếm | Ủy ban nhân dân xã Hà Trung');
});

test('results come ten at a time, and "Xem thêm kết quả" adds the next ones without repeating any', async ({ page }) => {
  await page.goto(`/tim-kiem/?q=${encodeURIComponent('xã')}`);
  const status = page.getByRole('status');
  await expect(status).toContainText('kết quả cho “xã”');
  const total = Number((await status.textContent())!.match(/Tìm thấy (\d+)/)![1]);
  expect(total).toBeGreaterThan(10);
  const links = page.locator('#ket-qua h2 a');
  await expect(links).toHaveCount(10);
  await page.getByRole('button', { name: 'Xem thêm kết quả' }).click();
  await expect(links).toHaveCount(Math.min(20, total));
  // The keyboard goes on from the first new result, not from the top of the page.
  await expect(links.nth(10)).toBeFocused();
  const urls = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(new Set(urls).size).toBe(urls.length);
});
