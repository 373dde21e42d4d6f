import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './pages';

for (const [type, path] of Object.entries(PAGE_TYPES)) {
  test(`${type} (${path}) has no WCAG 2.1 A/AA violations`, async ({ page }) => {
    await page.goto(path);
    // The search page fills in its results after loading the index: check the page a resident then sees.
    if (path.startsWith('/tim-kiem/')) await expect(page.getByRole('status')).toContainText('kết quả');
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

// What a blind resident hears, beyond axe's rules: a screen reader lists a page's headings and links, or reads it line
// by line, and reads out the marks sighted readers take for separators.
test.describe('heard by a screen reader', () => {
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    test(`${type} reads out no arrow or separator mark`, async ({ page }) => {
      await page.goto(path);
      if (path.startsWith('/tim-kiem/')) await expect(page.getByRole('status')).toContainText('kết quả');
      // ("mũi tên ←", the arrow a step tells a resident to look for on a button, is words.)
      expect(await page.locator('body').ariaSnapshot()).not.toMatch(/[‹›]|(?<!mũi tên )[←→↑↓]/);
    });
  }

  // Each list's line of date, section or number stands above the title on screen; heard after it, so that moving by
  // heading gives the title and the next line its details.
  const lists = [
    { path: PAGE_TYPES.news, title: 'Doanh nghiệp trên địa bàn xã chăm lo việc làm, đời sống người lao động dịp cuối năm', line: '22/12/2025' },
    { path: PAGE_TYPES.stories, title: 'Chi hội Phụ nữ thôn Đồng Xá chung tay giúp hộ nghèo vươn lên', line: 'Tập thể · Chi hội Phụ nữ thôn Đồng Xá' },
    { path: PAGE_TYPES.documents, title: 'Về việc tổ chức Đại hội đại biểu Đảng bộ xã Hà Trung lần thứ I, nhiệm kỳ 2025-2030', line: 'Kế hoạch 01-KH/ĐU' },
    { path: PAGE_TYPES.search, title: 'Tập trung giải phóng mặt bằng dự án đường sắt cao tốc Bắc – Nam đoạn qua xã Hà Trung', line: 'Tin tức' },
    {
      path: PAGE_TYPES.awards,
      title: 'Quyết định 226/QĐ-UBND (đã thu hồi): Về việc khen thưởng cá nhân có thành tích trong phong trào hỗ trợ người dân sử dụng dịch vụ công trực tuyến',
      line: '08/12/2025',
    },
  ];
  for (const { path, title, line } of lists) {
    test(`${path} is heard title first, then its details, shown above it`, async ({ page }) => {
      await page.goto(path);
      const heading = page.getByRole('heading', { name: title, exact: true });
      const item = page.getByRole('listitem').filter({ has: heading }).last();
      const details = item.getByText(line).first();
      await expect(details).toBeVisible();
      const heard = await item.ariaSnapshot();
      const heardHeading = heard.search(/^\s*- '?heading /m);
      expect(heardHeading, heard).toBeGreaterThanOrEqual(0);
      expect(heardHeading, heard).toBeLessThan(heard.indexOf(line));
      expect((await details.boundingBox())!.y).toBeLessThan((await heading.boundingBox())!.y);
      // The keyboard still goes down each entry as it is shown, never up from its title to a link in the line above.
      const items = page.getByRole('list').filter({ has: item }).last().getByRole('listitem');
      const tops = await items.evaluateAll((lis) => lis.map((li) => [...li.querySelectorAll('a')].map((link) => link.getBoundingClientRect().top)));
      expect(tops.flat().length).toBeGreaterThan(0);
      for (const inItem of tops) expect(inItem).toEqual([...inItem].sort((a, b) => a - b));
    });
  }

  test('each decision in a list is heard by its number, once, and a revoked one as revoked', async ({ page }) => {
    await page.goto(PAGE_TYPES.awards);
    const revoked = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^Quyết định 226\/QĐ-UBND \(đã thu hồi\): Về việc/ }) });
    await expect(revoked).toHaveCount(1);
    // On screen the number and "Đã thu hồi" stand in the line above the title, for the eye only.
    await expect(revoked.locator('[aria-hidden="true"]', { hasText: 'Quyết định 226/QĐ-UBND' })).toBeVisible();
    await expect(revoked.getByText('Đã thu hồi', { exact: true })).toBeVisible();
    const details = await revoked.getByRole('paragraph').first().ariaSnapshot();
    expect(details).toContain('08/12/2025');
    expect(details).not.toMatch(/226|thu hồi/);
    // Every decision of content/awards/, each by its number.
    const decisions = await page.getByRole('main').getByRole('listitem').getByRole('heading').getByRole('link').allTextContents();
    expect(decisions).toHaveLength(5);
    for (const name of decisions) expect(name).toMatch(/^Quyết định \d+\/QĐ-UBND( \(đã thu hồi\))?: Về việc /);
  });

  test("the English page's Vietnamese names are read in a Vietnamese voice", async ({ page }) => {
    await page.goto(PAGE_TYPES.english);
    await expect(page.locator('[lang="en"] [lang="vi"]').filter({ hasText: 'Phòng Văn hóa – Xã hội' })).toHaveText('Phòng Văn hóa – Xã hội');
  });

  // Step 4 sends residents to an app's English button: read in a Vietnamese voice, it matched nothing they heard.
  test("the follow page's English button name is read in an English voice", async ({ page }) => {
    await page.goto(PAGE_TYPES.follow);
    await expect(page.getByRole('listitem').filter({ hasText: 'Mở ứng dụng đọc tin' }).locator('[lang="en"]')).toHaveText('Add feed');
  });

  // A region around the home page's search form made a second landmark beside the form's own.
  test('the home page lists each search form once among its landmarks', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('search')).toHaveCount(2);
    await expect(page.getByRole('region', { name: 'Tìm kiếm' })).toHaveCount(0);
  });
});

// A link's room for a finger is an inline block (tap-room), which does not break across lines: a long link in the
// trail left its separator alone at the end of a row and began on the next.
test('a long link in the breadcrumb wraps beside its separator', { tag: '@once' }, async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/tin-tuc/trung-tam-cung-ung-dich-vu-cong-xa-day-manh-chuyen-doi-so-trong-giai-quyet-thu-tuc-hanh-chinh/');
  await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
  const item = page.getByRole('navigation', { name: 'Bạn đang ở' }).getByRole('listitem').filter({ hasText: 'Cải cách hành chính' });
  const separator = (await item.locator('[aria-hidden="true"]').boundingBox())!;
  const link = (await item.getByRole('link').boundingBox())!;
  expect(link.height, 'the link runs to several lines').toBeGreaterThan(3 * separator.height);
  expect(separator.y, 'the separator stands beside the link, not above it').toBeGreaterThanOrEqual(link.y);
  expect(separator.y + separator.height).toBeLessThan(link.y + link.height / 2);
});

// An older resident's finger needs more than the 24 px WCAG asks at least (2.5.8): links that stand alone on their line
// give it 44 px, as the enhanced size (2.5.5) asks, and no two of them share the room between them. Measured in the
// system font a slow network shows instead of Be Vietnam Pro (font-display: optional), which once left 43.5 px.
test('on a phone, links alone on their line are 44 px high to a finger, and their rooms do not overlap', { tag: '@once' }, async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.route('**/*.woff2', (route) => route.abort());
  const rooms: { name: string; box: { x: number; y: number; width: number; height: number } }[] = [];
  /** Measures the `count` links of `links` on the page at `path`: one gone or renamed fails, not passes unmeasured. */
  const measure = async (path: string, links: ReturnType<typeof page.getByRole>, count: number) => {
    await page.goto(path);
    await expect(links, path).toHaveCount(count);
    for (const link of await links.all()) {
      const box = (await link.boundingBox())!;
      const name = `${path} “${await link.textContent()}”`;
      expect(box.height, name).toBeGreaterThanOrEqual(44);
      rooms.push({ name, box });
    }
  };
  const breadcrumbs = () => page.getByRole('navigation', { name: 'Bạn đang ở' }).getByRole('link');
  const contents = () => page.getByRole('navigation', { name: 'Mục lục' }).getByRole('link');
  await measure(PAGE_TYPES.units, breadcrumbs(), 1);
  await measure(PAGE_TYPES.units, contents(), 6);
  await measure(PAGE_TYPES.units, page.getByRole('contentinfo').getByRole('link', { name: /Giới thiệu|Theo dõi|English/ }), 3);
  await measure(PAGE_TYPES.news, page.getByRole('link', { name: 'Theo dõi tin mới của trang này' }), 1);
  await measure(PAGE_TYPES.home, page.getByRole('link', { name: /^Xem tất cả/ }), 2);
  const overlap = (a: (typeof rooms)[number]['box'], b: (typeof rooms)[number]['box']) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const onOnePage = (a: string, b: string) => a.split(' ')[0] === b.split(' ')[0];
  const overlapping = rooms.flatMap((a, i) => rooms.slice(i + 1).filter((b) => onOnePage(a.name, b.name) && overlap(a.box, b.box)).map((b) => `${a.name} / ${b.name}`));
  expect(overlapping).toEqual([]);
});
