import { expect, test } from 'vitest';
import { downloadName, downloadProblem } from '../../src/lib/downloads';

test("a file is saved under its entry's address, with its own extension", () => {
  expect(downloadName('qd-205-qd-ubnd-2025', '/tep/khen-thuong/qd-205-qd-ubnd-2025/file.pdf')).toBe('qd-205-qd-ubnd-2025.pdf');
  expect(downloadName('luat-thi-dua-khen-thuong-2022', '/tep/van-ban/luat/file.DOCX')).toBe('luat-thi-dua-khen-thuong-2022.docx');
  // An address that opens the file at a page keeps that out of the name.
  expect(downloadName('ke-hoach-01', '/tep/van-ban/ke-hoach-01/file.pdf#page=2')).toBe('ke-hoach-01.pdf');
});

test('a file where the CMS saves it, in a format a phone opens, is published', () => {
  expect(downloadProblem('/tep/khen-thuong/qd-205-qd-ubnd-2025/file.pdf', 'khen-thuong')).toBeUndefined();
  expect(downloadProblem('/tep/van-ban/luat/file.DOCX#page=2', 'van-ban')).toBeUndefined();
  expect(downloadProblem('/tep/van-ban/ct-39.jpg', 'van-ban')).toBeUndefined();
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
