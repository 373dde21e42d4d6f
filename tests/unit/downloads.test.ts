import { expect, test } from 'vitest';
import { downloadName } from '../../src/lib/downloads';

test("a file is saved under its entry's address, with its own extension", () => {
  expect(downloadName('qd-205-qd-ubnd-2025', '/tep/khen-thuong/qd-205-qd-ubnd-2025/file.pdf')).toBe('qd-205-qd-ubnd-2025.pdf');
  expect(downloadName('luat-thi-dua-khen-thuong-2022', '/tep/van-ban/luat/file.DOCX')).toBe('luat-thi-dua-khen-thuong-2022.docx');
  // An address that opens the file at a page keeps that out of the name.
  expect(downloadName('ke-hoach-01', '/tep/van-ban/ke-hoach-01/file.pdf#page=2')).toBe('ke-hoach-01.pdf');
});

test('a file without an extension is left to the browser to name, so that it still opens', () => {
  expect(downloadName('qd-1', '/tep/khen-thuong/qd-1/file')).toBe('');
});
