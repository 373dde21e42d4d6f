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
