import { describe, expect, test } from 'vitest';
import { endedAsSentence, storedText, withoutControlCharacters, WRITTEN } from '../../src/lib/storedText';

describe('withoutControlCharacters', () => {
  test("turns Word's line break (U+000B) and other control characters into spaces, keeping tabs and line ends", () => {
    expect(withoutControlCharacters('Đại hội\u000Bđảng bộ\u0001\tthôn\nĐồng Xá')).toBe('Đại hội đảng bộ \tthôn\nĐồng Xá');
  });
});

describe('storedText', () => {
  test('is NFC whatever the keyboard wrote', () => {
    const decomposed = 'Hà Trung'.normalize('NFD');
    expect(storedText(decomposed)).toBe('Hà Trung'.normalize('NFC'));
    expect(storedText(decomposed)).not.toBe(decomposed);
  });

  test("writes Đ, not the Icelandic Ð that converters from VNI or TCVN3 put in its place, which search did not find", () => {
    expect(storedText('ÐẢNG BỘ xã Hà Trung, ðường thôn')).toBe('ĐẢNG BỘ xã Hà Trung, đường thôn');
  });

  test('drops zero-width spaces, makes no-break spaces plain ones, and trims', () => {
    expect(storedText('\u00A0Gương\u200B người\u00A0tốt\u202Fviệc tốt\uFEFF ')).toBe('Gương người tốt việc tốt');
  });
});

describe('WRITTEN', () => {
  // What the CMS saves as written, the build must not find empty, nor the other way round.
  test('takes a field exactly when storedText keeps something of it', () => {
    const fields = ['', '   ', '\u200B', '\u00A0\uFEFF\u202F', '\t\n', '\u0001', '\u000B \u001F', ' \u200B a', 'Hà Trung', '\u0007x', '-'];
    for (const field of fields) expect(WRITTEN.test(field), JSON.stringify(field)).toBe(storedText(field) !== '');
    expect(fields.filter((field) => WRITTEN.test(field))).toHaveLength(4);
  });
});

describe('endedAsSentence', () => {
  test('gives a text left without its mark a full stop', () => {
    expect(endedAsSentence('Thôn Đồng Xá ra quân làm đường')).toBe('Thôn Đồng Xá ra quân làm đường.');
    expect(endedAsSentence('Hộ gia đình đạt 5 triệu đ')).toBe('Hộ gia đình đạt 5 triệu đ.');
  });

  test('puts it in place of a comma, a colon or a dash left at the end', () => {
    expect(endedAsSentence('Nội dung chính:')).toBe('Nội dung chính.');
    expect(endedAsSentence('Thôn Đồng Xá, Tiểu khu 1 –')).toBe('Thôn Đồng Xá, Tiểu khu 1.');
    expect(endedAsSentence('Hộ nghèo;')).toBe('Hộ nghèo.');
  });

  test('leaves one that ends as a sentence does, inside a quote or a bracket too', () => {
    for (const text of ['Đã xong.', 'Ai cũng làm được!', 'Vì sao?', 'Còn nữa…', 'Còn nữa...', 'Khẩu hiệu “Vì Hà Trung.”', 'Xem kế hoạch (mục V.5.)', 'Xem [mục V.5.]', "Gọi là 'xã mới.'"]) {
      expect(endedAsSentence(text)).toBe(text);
    }
  });
});
