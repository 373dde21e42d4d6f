import { expect, test } from '@playwright/test';

// Every page a resident can reach today, one of each type.
const PAGES = [
  '/',
  '/ke-hoach/',
  '/ke-hoach/thi-dua-cao-diem-2025/',
  '/van-ban/',
  '/van-ban/luat-thi-dua-khen-thuong-2022/',
  '/tin-tuc/',
  '/404.html',
];

test.describe('every page', () => {
  for (const path of PAGES) {
    test(`${path} is Vietnamese, has the commune's header and footer, fits the screen, loads no script file`, async ({
      page,
    }) => {
      const scripts: string[] = [];
      page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
      await expect(page.getByRole('banner')).toContainText('Ủy ban nhân dân xã Hà Trung', { ignoreCase: true });
      await expect(page.getByRole('contentinfo')).toContainText('Phòng Văn hóa – Xã hội');
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(scripts).toEqual([]);
    });
  }
});

test('the skip link is the first stop of the keyboard and leads to the content', async ({ page }) => {
  await page.goto('/ke-hoach/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#noi-dung$/);
});

test('every link of the main navigation leads to a page', async ({ page, request }) => {
  await page.goto('/');
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

test('a section still being built says so instead of failing', async ({ page }) => {
  await page.goto('/tin-tuc/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tin tức: Đang cập nhật');
  await expect(page.getByRole('link', { name: 'Tin tức' })).toHaveAttribute('aria-current', 'page');
});

test('body text is at least 17 px in the self-hosted Vietnamese font', async ({ page }) => {
  await page.goto('/ke-hoach/thi-dua-cao-diem-2025/');
  const paragraph = page.getByText('Năm 2025 có ý nghĩa đặc biệt quan trọng');
  const style = await paragraph.evaluate((el) => getComputedStyle(el));
  expect(parseFloat(style.fontSize)).toBeGreaterThanOrEqual(17);
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(() => document.fonts.check('18px "Be Vietnam Pro"', 'Đảng bộ xã Hà Trung'));
  expect(loaded).toBe(true);
});

test('the home page names the campaign and leads to the plan', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('nhiệm kỳ 2025-2030');
  await expect(page.locator('[data-status]')).toHaveText('Đã kết thúc');
  await page.getByRole('link', { name: 'Xem toàn văn kế hoạch' }).click();
  await expect(page).toHaveURL(/\/ke-hoach\/thi-dua-cao-diem-2025\/$/);
});

test('an unknown address shows the helpful 404 page', async ({ page }) => {
  const response = await page.goto('/khong-co-trang-nay/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  await expect(page.getByRole('main').getByRole('link', { name: 'Kế hoạch' })).toBeVisible();
});
