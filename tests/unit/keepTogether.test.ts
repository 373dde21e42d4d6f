import { expect, test } from 'vitest';
import { keepTogether } from '../../src/lib/keepTogether';

test('a year range and a decision number are each kept whole; the words around them may break', () => {
  expect(keepTogether('Đại hội lần thứ I, nhiệm kỳ 2025-2030')).toEqual([
    { text: 'Đại hội lần thứ I, nhiệm kỳ ', whole: false },
    { text: '2025-2030', whole: true },
  ]);
  expect(keepTogether('Quyết định 205/QĐ-UBND: khen thưởng')).toEqual([
    { text: 'Quyết định ', whole: false },
    { text: '205/QĐ-UBND:', whole: true },
    { text: ' khen thưởng', whole: false },
  ]);
});

test('a range written with an en dash, as a word processor writes it, is kept whole too', () => {
  expect(keepTogether('nhiệm kỳ 2025–2030.')).toEqual([
    { text: 'nhiệm kỳ ', whole: false },
    { text: '2025–2030.', whole: true },
  ]);
});

test('an empty text, or one of spaces only, is given back as it is', () => {
  expect(keepTogether('')).toEqual([]);
  expect(keepTogether('  ')).toEqual([{ text: '  ', whole: false }]);
});

test('a text without hyphens, a spaced dash and a long hyphenated run are left as they are', () => {
  expect(keepTogether('Gương người tốt, việc tốt')).toEqual([{ text: 'Gương người tốt, việc tốt', whole: false }]);
  expect(keepTogether('đường sắt cao tốc Bắc - Nam')).toEqual([{ text: 'đường sắt cao tốc Bắc - Nam', whole: false }]);
  const long = 'xem https://thidua.hatrung.gov.vn/tin-tuc/mot-bai-rat-dai/';
  expect(keepTogether(long)).toEqual([{ text: long, whole: false }]);
});
