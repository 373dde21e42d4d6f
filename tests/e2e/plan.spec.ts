import { expect, test } from '@playwright/test';
import { extractTextItems } from 'unpdf';
import { footLines, MM } from './printed';

const PLAN = '/ke-hoach/thi-dua-cao-diem-2025/';

test.describe('the plan page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(PLAN);
  });

  test('shows the plan with its issuer, signer, period and status', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Kế hoạch tổ chức phong trào thi đua cao điểm chào mừng Đại hội đại biểu Đảng bộ xã Hà Trung lần thứ I, nhiệm kỳ 2025-2030',
    );
    const facts = page.locator('dl').first();
    await expect(facts).toContainText('Ủy ban nhân dân xã Hà Trung');
    await expect(facts).toContainText('Trịnh Hồng Sơn (Chủ tịch)');
    await expect(facts).toContainText('Từ ngày ban hành đến ngày 31 tháng 12 năm 2025');
    // Built after 31/12/2025, so the campaign has ended.
    await expect(facts.locator('[data-status]')).toHaveText('Đã kết thúc');
  });

  test('shared on Zalo or Facebook, says what the page is: the whole plan, who issued it and when it runs', async ({ page }) => {
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
      'content',
      'Toàn văn kế hoạch do Ủy ban nhân dân xã Hà Trung ban hành. Thời gian thực hiện: từ ngày ban hành đến ngày 31 tháng 12 năm 2025.',
    );
  });

  test('has every section I–VI reachable from its table of contents', async ({ page }) => {
    const toc = page.getByRole('navigation', { name: 'Mục lục' });
    const links = toc.getByRole('link');
    const sections = ['I. MỤC ĐÍCH, YÊU CẦU', 'II. ĐỐI TƯỢNG', 'III. NỘI DUNG THI ĐUA', 'IV. TIÊU CHÍ THI ĐUA', 'V. GIẢI PHÁP THỰC HIỆN', 'VI. TỔ CHỨC THỰC HIỆN'];
    for (const name of sections) await expect(toc.getByRole('link', { name })).toHaveCount(1);
    expect(await links.count()).toBeGreaterThanOrEqual(18);
    for (const link of await links.all()) {
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).toMatch(new RegExp(`^${PLAN}#[a-z0-9-]+$`));
      const target = page.locator(`[id="${href.split('#')[1]}"]`);
      await expect(target).toHaveCount(1);
      await expect(target).toHaveText((await link.textContent())!.trim());
    }
    await toc.getByRole('link', { name: 'IV. TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG' }).click();
    await expect(page).toHaveURL(/#iv-tieu-chi-thi-dua-va-hinh-thuc-khen-thuong$/);
    await expect(page.getByRole('heading', { name: 'IV. TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG' })).toBeInViewport();
  });

  // 27 screens on a phone, with the contents at the top: a way back to them stays at the foot of the screen.
  test('a link back to the contents stays on screen while the text is read, and leads there', async ({ page }) => {
    const toc = page.getByRole('navigation', { name: 'Mục lục' });
    await toc.getByRole('link', { name: 'IV. TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG' }).click();
    await expect(toc).not.toBeInViewport();
    const back = page.getByRole('link', { name: 'Về mục lục' });
    await expect(back).toBeInViewport();
    // The line it sits on lies over the text, whose taps reach the text, not the line.
    const line = back.locator('..');
    const lineBox = (await line.boundingBox())!;
    const at = { x: lineBox.x + 5, y: lineBox.y + lineBox.height / 2 };
    expect(await line.evaluate((element, { x, y }) => element.contains(document.elementFromPoint(x, y)), at)).toBe(false);
    await back.click();
    await expect(page).toHaveURL(/#muc-luc$/);
    await expect(toc.getByRole('heading', { name: 'Mục lục' })).toBeInViewport();
  });

  // With the text enlarged twice on a phone, "↑ Về mục lục" in words hid three lines of every screen.
  test('with the text enlarged on a phone, the way back is its arrow alone, still named for a screen reader', { tag: '@once' }, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.addStyleTag({ content: 'html { font-size: 200% !important }' });
    await page.getByRole('heading', { name: 'IV. TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG' }).scrollIntoViewIfNeeded();
    const back = page.getByRole('link', { name: 'Về mục lục' });
    await expect(back).toBeInViewport();
    // Its words are there for a screen reader only, in a box of a pixel.
    expect((await back.getByText('Về mục lục').boundingBox())!.width).toBeLessThanOrEqual(1);
    expect((await back.boundingBox())!.width).toBeLessThan(360 / 3);
  });

  test('shows the text in full, down to the recipients and the signature', async ({ page }) => {
    const article = page.getByRole('article');
    await expect(article).toContainText('Năm 2025 có ý nghĩa đặc biệt quan trọng');
    await expect(article).toContainText('Bằng khen của Chủ tịch UBND tỉnh');
    await expect(article).toContainText('Giấy khen của Chủ tịch UBND xã');
    await expect(article).toContainText('nghiêm túc tổ chức triển khai thực hiện Kế hoạch này./.');
    const recipients = page.getByRole('region', { name: 'Nơi nhận' });
    await expect(recipients.getByRole('listitem')).toHaveCount(8);
    await expect(recipients.getByRole('listitem').last()).toHaveText('- Lưu: VT, VHXH.');
    await expect(article).toContainText('Trịnh Hồng Sơn');
  });

  test('links each legal basis to its document page', async ({ page }) => {
    // The three its opening implements ("Thực hiện …"), apart from the three its text names as what to study.
    const bases = page.getByRole('region', { name: 'Căn cứ ban hành' }).getByRole('link');
    await expect(bases).toHaveText([/^Chỉ thị 39\/CT-TTg/, /^Kế hoạch 250\/KH-UBND/, /^Kế hoạch 01-KH\/ĐU/]);
    const cited = page.getByRole('region', { name: 'Văn bản được dẫn trong kế hoạch' }).getByRole('link');
    await expect(cited).toHaveText([/^Chỉ thị 34-CT\/TW/, /^Chỉ thị 04-CT\/TU/, /^Luật Thi đua/]);
    // A law by its name, which residents know it by, not its number alone.
    await expect(cited.filter({ hasText: 'Luật Thi đua, khen thưởng số 06/2022/QH15' })).toHaveCount(1);
    await cited.filter({ hasText: '34-CT/TW' }).click();
    await expect(page.getByRole('heading', { name: 'Được nhắc đến trong', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Được dẫn làm căn cứ trong' })).toHaveCount(0);
    await page.goBack();
    await bases.filter({ hasText: '39/CT-TTg' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('đẩy mạnh phong trào thi đua yêu nước');
    // The number as issued: "TTg" is Thủ tướng, and capitals would make it another symbol ("TTG").
    expect((await page.getByRole('heading', { level: 1 }).innerText()).split('\n')[0]).toBe('Chỉ thị 39/CT-TTg');
    await expect(page.locator('dl')).toContainText('15 tháng 10 năm 2024');
    await expect(page.getByRole('link', { name: /Kế hoạch tổ chức phong trào thi đua cao điểm/ })).toHaveAttribute('href', PLAN);
  });

  test('prints as a document: no navigation, no buttons, no table of contents', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Mục lục' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'In trang này' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Về mục lục' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'VI. TỔ CHỨC THỰC HIỆN' })).toBeVisible();
    // Paragraphs are justified as in the issued plan; a heading is not, or its few words spread across the line.
    await expect(page.locator('.prose p').first()).toHaveCSS('text-align', 'justify');
    await expect(page.getByRole('heading', { name: 'II. ĐỐI TƯỢNG, NỘI DUNG, GIẢI PHÁP' })).toHaveCSS('text-align', 'start');
  });

  test('comes out of the printer as numbered sheets of A4, the first without a number', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    const { totalPages, items } = await extractTextItems(new Uint8Array(await page.pdf({ format: 'A4' })));
    expect(totalPages).toBeGreaterThan(3);
    // What each sheet has in its top margin (20 mm of A4, in points from the foot of the sheet): nothing on the first,
    // then the sheet's number in 13 pt, centred over the text (30 mm of left margin, 165 mm of text).
    const inTopMargin = items.map((sheet) => sheet.filter((item) => item.str.trim() && item.y > (297 - 20) * MM));
    expect(inTopMargin[0]).toEqual([]);
    for (const [i, sheet] of inTopMargin.entries()) {
      if (i === 0) continue;
      expect(sheet.map((item) => item.str), `sheet ${i + 1}`).toEqual([String(i + 1)]);
      expect(Math.abs(sheet[0]!.x + sheet[0]!.width / 2 - (30 + 165 / 2) * MM), `sheet ${i + 1}`).toBeLessThan(3);
      expect(sheet[0]!.fontSize, `sheet ${i + 1}`).toBeCloseTo(13, 0);
    }
    // At the foot of every sheet, the first too, where it came from: a sheet come loose says where to read the rest,
    // and a plan laid out as the issued one that it was printed from the site.
    for (const [i, foot] of footLines(items).entries())
      expect(foot, `sheet ${i + 1}`).toMatch(/^Nguồn: Ủy ban nhân dân xã Hà Trung, https:\/\/\S+\/ke-hoach\/thi-dua-cao-diem-2025\/$/);
  });

  test('prints with the heading of an issued document', async ({ page }) => {
    const heading = [
      'Ủy ban nhân dân',
      'Số: (chưa cập nhật)',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Trung, ngày … (chưa cập nhật)',
    ].map((text) => page.getByText(text, { exact: true }));
    // On screen the facts say the same, so these are on paper only.
    for (const line of heading) await expect(line).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    for (const line of heading) await expect(line).toBeVisible();
    // "KẾ HOẠCH" on a line of its own, then the subject, as issued; the heading's words stay those of the title.
    const [kind, subject] = await page.getByRole('heading', { level: 1 }).locator('span').all();
    await expect(kind!).toHaveCSS('text-transform', 'uppercase');
    await expect(kind!).toHaveCSS('display', 'block');
    await expect(subject!).toHaveText(/^tổ chức phong trào thi đua/);
  });

  test('prints each line in one typeface, with every Vietnamese letter', async ({ page }) => {
    // Settled first, so that no face is still arriving from the network while the printed text is measured; and
    // measured once the print style holds.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('body')).toHaveCSS('font-family', /^"Noto Serif"/);
    // The faces Chromium drew each text with: one per line, not a second one for the letters the first lacks (ầ, ố).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    for (const selector of ['h1 span', '.prose p', '.prose li', '.prose h2', '.prose h3']) {
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
      expect(nodeIds.length, selector).toBeGreaterThan(0);
      const faces = await Promise.all(
        nodeIds.map(async (nodeId) => (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts.map((font) => font.familyName)),
      );
      faces.forEach((names, index) => expect(names, `${selector} number ${index + 1}`).toHaveLength(1));
    }
  });

  test('can be shared on Zalo and Facebook by its own address', async ({ page }) => {
    const address = encodeURIComponent(PLAN);
    await expect(page.getByRole('link', { name: /^Zalo/ })).toHaveAttribute('href', new RegExp(`^https://zalo\\.me/share\\?url=https%3A%2F%2F[^&]+${address}$`));
    await expect(page.getByRole('link', { name: /^Facebook/ })).toHaveAttribute('href', new RegExp(`^https://www\\.facebook\\.com/sharer/sharer\\.php\\?u=https%3A%2F%2F[^&]+${address}$`));
  });

  test('offers a print button that opens the print dialog', async ({ page }) => {
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: 'In trang này' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  });
});

test('the plans page lists the plan with its period and status', async ({ page }) => {
  await page.goto('/ke-hoach/');
  const item = page.getByRole('listitem').filter({ hasText: 'nhiệm kỳ 2025-2030' });
  await expect(item).toContainText('Từ ngày ban hành đến ngày 31 tháng 12 năm 2025');
  await expect(item).toContainText('Đã kết thúc');
  await item.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${PLAN}$`));
});
