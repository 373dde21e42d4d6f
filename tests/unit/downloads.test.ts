import { expect, test } from 'vitest';
import { downloadName, downloadProblem, storedDownloadProblem } from '../../src/lib/downloads';

test("a file is saved under its entry's address, with its own extension", () => {
  expect(downloadName('qd-205-qd-ubnd-2025', '/tep/khen-thuong/qd-205-qd-ubnd-2025/file.pdf')).toBe('qd-205-qd-ubnd-2025.pdf');
  expect(downloadName('luat-thi-dua-khen-thuong-2022', '/tep/van-ban/luat/file.DOCX')).toBe('luat-thi-dua-khen-thuong-2022.docx');
  // An address that opens the file at a page keeps that out of the name.
  expect(downloadName('ke-hoach-01', '/tep/van-ban/ke-hoach-01/file.pdf#page=2')).toBe('ke-hoach-01.pdf');
});

test('a file where the CMS saves it, in a format a phone opens, is published', () => {
  expect(downloadProblem('/tep/khen-thuong/qd-205-qd-ubnd-2025/file.pdf', 'khen-thuong')).toBeUndefined();
  expect(downloadProblem('/tep/van-ban/luat/file.DOCX#page=2', 'van-ban')).toBeUndefined();
  expect(downloadProblem('/tep/van-ban/ct-39/file.jfif', 'van-ban')).toBeUndefined();
});

test('a web page, an SVG or a file of no format is refused: on the site\'s address, a page runs its scripts there', () => {
  const format = (name: string) => `tệp có dạng "${name}" không đăng được; cần tệp PDF, Word (DOC, DOCX, ODT), Excel (XLS, XLSX, ODS) hoặc ảnh chụp (JPG, PNG)`;
  expect(downloadProblem('/tep/khen-thuong/qd-1/file.htm', 'khen-thuong')).toBe(format('htm'));
  expect(downloadProblem('/tep/van-ban/ct-39/file.svg', 'van-ban')).toBe(format('svg'));
  expect(downloadProblem('/tep/van-ban/ct-39/file', 'van-ban')).toBe(format('không rõ'));
});

test("a file outside its kind's folder is refused, another host's above all", () => {
  const place = (folder: string) =>
    `cần một tệp trong thư mục ${folder} của trang, nơi trang quản trị lưu tệp tải lên, ví dụ ${folder}ten-muc/file.pdf; hãy chọn lại tệp trong trang quản trị`;
  for (const address of ['tep/khen-thuong/qd.pdf', '//evil.example/tep/khen-thuong/qd.pdf', '/tep/khen-thuong/../../x.pdf', '/tep/van-ban/ct-39.pdf', '/tep/khen-thuong/\\evil/x.pdf']) {
    expect(downloadProblem(address, 'khen-thuong'), address).toBe(place('/tep/khen-thuong/'));
  }
});

test('a file named by hand with marks or spaces is told how files are named', () => {
  for (const address of ['/tep/van-ban/Quyết định.pdf', '/tep/van-ban/a%20b.pdf']) {
    expect(downloadProblem(address, 'van-ban'), address).toMatch(/^tên tệp chỉ được có chữ không dấu, chữ số/);
  }
});

// The CMS reads a file back only from its entry's folder: one elsewhere was gone from the form at the next save.
test("a stored entry's file must be in its own entry's folder, and there", () => {
  const there = new Set(['public/tep/van-ban/luat-2022/file.pdf']);
  const exists = (file: string) => there.has(file);
  expect(storedDownloadProblem('/tep/van-ban/luat-2022/file.pdf#page=2', 'van-ban', 'luat-2022', exists)).toBeUndefined();
  expect(storedDownloadProblem('/tep/van-ban/luat-06-2022.pdf', 'van-ban', 'luat-2022', exists)).toBe(
    'tệp cần nằm trong thư mục /tep/van-ban/luat-2022/ của chính mục này, nơi trang quản trị lưu và đọc lại tệp (ví dụ /tep/van-ban/luat-2022/file.pdf): ở chỗ khác, lần lưu sau trang quản trị làm mất tệp; hãy chọn lại tệp trong trang quản trị',
  );
  expect(storedDownloadProblem('/tep/van-ban/ct-39/file.pdf', 'van-ban', 'luat-2022', exists)).toMatch(/^tệp cần nằm trong thư mục \/tep\/van-ban\/luat-2022\//);
  expect(storedDownloadProblem('/tep/van-ban/luat-2022/file.docx', 'van-ban', 'luat-2022', exists)).toBe(
    'không có tệp "public/tep/van-ban/luat-2022/file.docx"; hãy chọn lại tệp trong trang quản trị',
  );
});
