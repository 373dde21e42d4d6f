// Bad input stops the build with the file, the field and what was expected, and nothing is silently dropped. Each
// case copies the site into a temporary folder, adds one bad file from tests/fixtures/bad-content/<case>/, and runs
// Astro there as an editor's build would.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { astroEnv, withSiteCopy } from './siteCopy';

const run = promisify(execFile);

/**
 * Runs `astro <command>` on a copy of the site with the fixture's files added, with `env` added to the clean one;
 * returns its exit code and output.
 */
function astroWith(fixture: string, command: 'sync' | 'build', env: Record<string, string> = {}) {
  return withSiteCopy(`bad-content/${fixture}`, async (dir) => {
    const args = command === 'build' ? ['build', '--outDir', join(dir, 'dist')] : ['sync'];
    try {
      const { stdout, stderr } = await run('astro', args, { cwd: dir, env: { ...astroEnv, ...env }, maxBuffer: 20_000_000 });
      return { code: 0, output: stdout + stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, output: e.stdout + e.stderr };
    }
  });
}

describe('a build with bad content stops and says where and why', { timeout: 120_000 }, () => {
  test('a missing required field', async () => {
    const { code, output } = await astroWith('missing-field', 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain('content/units/thon-thieu-ten.yaml');
    expect(output).toMatch(/name \(trong trang quản trị: “Tên đơn vị”\): thiếu trường bắt buộc này \(cần một đoạn chữ\)/);
  });

  // YAML reads a field typed with nothing after it as null: the optional ones were refused as "cần một đoạn chữ",
  // "cần một ngày có thật", or in zod's English ("expected string, received null"), though their help says to leave
  // them empty. Now only the required one is named, as missing.
  test('fields typed with nothing after them', async () => {
    const { code, output } = await astroWith('empty-fields', 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain('content/documents/de-trong.yaml');
    expect(output).toContain('title (trong trang quản trị: “Trích yếu”): thiếu trường bắt buộc này (cần một đoạn chữ)');
    expect(output).not.toMatch(/(number|effectiveAt|file) \(trong trang quản trị|received null/);
  });

  test('a date that is not a date', async () => {
    const { code, output } = await astroWith('bad-date', 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain('content/documents/ngay-sai.yaml');
    expect(output).toContain('trường "issuedAt" (trong trang quản trị: “Ngày ban hành”): ngày không có thật (2025-13-45); cần một ngày có thật, dạng năm-tháng-ngày (YYYY-MM-DD), ví dụ 2025-12-31');
  });

  // The site publishes at each build what it holds: a day not yet come went out at once, under that day.
  test('a day of publication not yet come', async () => {
    const { code, output } = await astroWith('future-date', 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain('content/news/tin-hen-ngay/index.md');
    expect(output).toMatch(/publishedAt \(trong trang quản trị: “Ngày đăng”\): ngày 05\/01\/2062 chưa tới \(hôm nay là \d\d\/\d\d\/\d{4}\)/);
  });

  // A plan's days swapped in the date pickers made a campaign that had ended "Sắp diễn ra"; one issued "in 2062" went
  // to the top of the feed and stayed there.
  test('a plan ending before it starts, or issued on a day not yet come', async () => {
    const swapped = await astroWith('plan-swapped-days', 'sync');
    expect(swapped.code).not.toBe(0);
    expect(swapped.output).toContain('content/plans/ke-hoach-ngay-dao-nguoc.md');
    expect(swapped.output).toContain('endsAt (trong trang quản trị: “Ngày kết thúc”): ngày kết thúc không được trước ngày bắt đầu (startsAt)');
    const later = await astroWith('plan-issued-later', 'sync');
    expect(later.code).not.toBe(0);
    expect(later.output).toContain('content/plans/ke-hoach-ban-hanh-sau.md');
    expect(later.output).toMatch(/issuedAt \(trong trang quản trị: “Ngày ban hành”\): ngày 05\/01\/2062 chưa tới \(hôm nay là \d\d\/\d\d\/\d{4}\)/);
  });

  // Astro said "bad indentation of a mapping entry", in English, of a colon, and counted lines from the front matter.
  test('a value YAML cannot read, with ": " typed in it', async () => {
    const { code, output } = await astroWith('unreadable-yaml', 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain('content/news/tin-co-dau-hai-cham/index.md, dòng 3: không đọc được dòng này. Thường do một giá trị gõ tay có dấu “: ”');
  });

  test('a line indented with a tab', async () => {
    const { code, output } = await astroWith('tab-indent', 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain('content/units/thon-thu-tab.yaml, dòng 5: không đọc được dòng này.');
  });

  // Read by astro.config.mjs before the content checks: Astro said "Invalid URL", naming no file.
  test("the site's address without https://", async () => {
    const { code, output } = await astroWith('settings-site-url', 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain('content/settings/index.yaml, trường "siteUrl": cần một địa chỉ web đầy đủ, bắt đầu bằng https://');
  });

  // YAML reads " #…" as a comment and drops it: a hashtag typed by hand in a title cut it without a word.
  test('a value cut short at " #"', async () => {
    const { code, output } = await astroWith('cut-by-comment', 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain('content/news/tin-co-dau-thang/index.md');
    expect(output).toContain('trường "title" (trong trang quản trị: “Tiêu đề”): chữ bị cắt ở dấu “#”: chỉ còn “Thôn Đồng Xá”, còn “#hiến đất mở rộng đường” bị bỏ đi');
    expect(output).toContain('"Thôn Đồng Xá #hiến đất mở rộng đường"');
  });

  // YAML reads a time after the day as UTC: 20:30 on 22 September was shown as 23 September, Việt Nam's day then.
  test('a day with a time', async () => {
    const { code, output } = await astroWith('day-with-time', 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain('content/news/tin-ghi-gio/index.md');
    expect(output).toMatch(/publishedAt \(trong trang quản trị: “Ngày đăng”\): chỉ ghi ngày, dạng năm-tháng-ngày \(YYYY-MM-DD\), không ghi giờ/);
  });

  // Astro said "Could not find requested image cover/anh-duong.jpg", in English, naming neither the entry nor the field.
  test('a cover photo whose file is not there', async () => {
    const { code, output } = await astroWith('cover-missing', 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain(
      'content/news/tin-anh-sai-ten/index.md, trường "cover.value.image" (trong trang quản trị: “Ảnh đại diện › Tệp ảnh”): không có tệp ảnh "cover/anh-duong.jpg" bên cạnh bài này',
    );
  });

  test('an option that is not on the list', async () => {
    const { code, output } = await astroWith('unknown-option', 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain('content/news/tin-sai-chuyen-muc/index.md');
    // What was typed, and each value with the words the CMS shows for it, for an editor who typed a category by hand.
    expect(output).toContain(
      'category (trong trang quản trị: “Chuyên mục”): “the-thao” không có trong danh sách; cần một trong các giá trị: trien-khai (Triển khai phong trào), dai-hoi (Hướng tới Đại hội Đảng bộ)',
    );
  });

  test('a field the content model does not have, as a misspelt name', async () => {
    // Dropped without a word, it would leave the news off the home page with nothing to say why.
    const { code, output } = await astroWith('unknown-field', 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain('content/news/tin-sai-ten-truong/index.md');
    expect(output).toContain('có trường không có trong mẫu nội dung: featued (viết sai tên trường, hoặc trường này không dùng nữa)');
    expect(output).toContain('các trường hợp lệ: title, summary, publishedAt, updatedAt, category, tags, cover, units, plan, featured, draft, sample');
  });

  // Passed over without a word, the unit or the news would be missing from the site with nothing to say why.
  test('a file the site would not read, for the spelling of its name: a unit\'s ".yml"', async () => {
    const { code, output } = await astroWith('unread-unit', 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain('content/units/: thon-moi.yml bị bỏ qua, chưa lên trang; một mục ở đây là tệp <tên>.yaml');
  });

  test('a file the site would not read, for the spelling of its name: a news item\'s "INDEX.MD"', async () => {
    const { code, output } = await astroWith('unread-news', 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain('content/news/: tin-chu-hoa/INDEX.MD bị bỏ qua, chưa lên trang; một mục ở đây là tệp <tên>.md hoặc <tên>/index.md');
  });

  test('a photo without alt text', async () => {
    const { code, output } = await astroWith('image-without-alt', 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain('content/stories/anh-khong-mo-ta/index.md');
    expect(output).toContain('photo.value.alt (trong trang quản trị: “Ảnh › Mô tả ảnh”): ảnh chưa có “Mô tả ảnh”');
  });

  test('a photo in the text without alt text', async () => {
    // As the CMS saves it (keystatic.config.ts, body): beside the entry, with an empty description.
    const { code, output } = await astroWith('body-image-without-alt', 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain(
      'content/news/anh-trong-bai-khong-mo-ta/index.md, trường "body": ảnh "../anh-trong-bai-khong-mo-ta/anh-thu.jpg" chưa có mô tả',
    );
  });

  test('a photo in the text in a format the site cannot read', async () => {
    // Astro would leave it out of the page without a word (only the formats it can resize become pictures).
    const { code, output } = await astroWith('body-image-heic', 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain(
      'content/news/anh-tu-iphone/index.md, trường "body": ảnh "../anh-tu-iphone/img-0042-mh2k3l.heic" có dạng "heic" mà trang web không đọc được',
    );
  });

  // The CMS's link box refuses it, but not text pasted into its editor or a file edited by hand: on the site's own
  // address, in its pages and feeds, it would run as code.
  test('a link in the text that runs code', async () => {
    const { code, output } = await astroWith('body-script', 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain(
      'content/news/tin-dan-tu-web/index.md, trường "body": liên kết “javascript:alert(document.cookie)” không dẫn tới trang nào',
    );
  });

  // A file deleted since its entry was saved leaves a dead download; a build checks every entry's file, those kept
  // unchanged from the last build too.
  test("a decision's file that is not there", async () => {
    const { code, output } = await astroWith('download-missing', 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain(
      'content/awards/qd-301-qd-ubnd-2025.yaml, trường "file" (trong trang quản trị: “Tệp quyết định”): không có tệp "public/tep/khen-thuong/qd-301-qd-ubnd-2025/file.pdf"',
    );
  });

  // The CMS reads a file back only from its entry's folder: one elsewhere was gone from the form at the next save.
  test("a document's file outside its entry's folder", async () => {
    const { code, output } = await astroWith('download-elsewhere', 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain(
      'content/documents/luat-thi-dua-khen-thuong-2022.yaml, trường "file" (trong trang quản trị: “Tệp văn bản”): tệp cần nằm trong thư mục /tep/van-ban/luat-thi-dua-khen-thuong-2022/ của chính mục này',
    );
  });

  test('two entries with one slug', async () => {
    const { code, output } = await astroWith('duplicate-slug', 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain(
      'content/units/: thon-dong-xa.yaml, thon-dong-xa/index.yaml trùng địa chỉ trang (thon-dong-xa); mỗi mục cần một tên riêng (đổi tên hoặc xóa tệp thừa)',
    );
  });

  // Vite builds in development when NODE_ENV says so (a server's shell, a test runner's "test"), and the site then
  // acted as the editor's dev server: it gave drafts a page and answered a broken reference with its problems page.
  test('a build stops on it whatever NODE_ENV says', async () => {
    const { code, output } = await astroWith('dangling-reference', 'build', { NODE_ENV: 'development' });
    expect(code).not.toBe(0);
    expect(output).toContain('content/stories/don-vi-khong-co/index.mdx, trường "unit" (trong trang quản trị: “Đơn vị, thôn, tiểu khu”): không có mục "thon-khong-co" trong content/units/');
  });

  // Each field is named in the CMS's words too: an editor knows "Đơn vị, thôn, tiểu khu", not "unit".
  test('a reference to an entry that does not exist, or to one of the wrong kind; a decision entered twice, or with an address of another year', async () => {
    const { code, output } = await astroWith('dangling-reference', 'build');
    expect(code).not.toBe(0);
    // The CMS names a second file with the same number "-1": the honor roll gave the decision twice.
    expect(output).toContain(
      'content/awards/qd-205-qd-ubnd-2025-1.yaml, trường "number" (trong trang quản trị: “Số quyết định”): quyết định 205/QĐ-UBND của Ủy ban nhân dân xã Hà Trung năm 2025 cũng có ở content/awards/qd-205-qd-ubnd-2025.yaml',
    );
    // Entered in January, a decision of December was given this year's address by the CMS.
    expect(output).toContain(
      'content/awards/qd-312-qd-ubnd-2026.yaml, trường "number" (trong trang quản trị: “Số quyết định”): đường dẫn “qd-312-qd-ubnd-2026” ghi năm 2026, mà quyết định ký ngày 28/12/2025: sửa đường dẫn thành “qd-312-qd-ubnd-2025”',
    );
    expect(output).toContain(
      'content/stories/don-vi-khong-co/index.mdx, trường "unit" (trong trang quản trị: “Đơn vị, thôn, tiểu khu”): không có mục "thon-khong-co" trong content/units/',
    );
    expect(output).toContain(
      'content/units/htx-thuoc-phong-ban.yaml, trường "village" (trong trang quản trị: “Thuộc thôn, tiểu khu”): "phong-kinh-te" (Phòng Kinh tế) không phải thôn, tiểu khu',
    );
  });
});
