import { describe, expect, test } from 'vitest';
import { dSpellings, foldDiacritics } from '../../src/lib/foldDiacritics';

describe('foldDiacritics', () => {
  test('drops tone and vowel marks, spells đ as d, lowers case', () => {
    expect(foldDiacritics('Đại hội Đảng bộ')).toBe('dai hoi dang bo');
    expect(foldDiacritics('GƯƠNG NGƯỜI TỐT')).toBe('guong nguoi tot');
  });

  test('gives the same result for NFC and NFD input', () => {
    const nfc = 'giải phóng mặt bằng';
    expect(foldDiacritics(nfc.normalize('NFD'))).toBe(foldDiacritics(nfc));
  });

  test('folds half-accented input the same as full', () => {
    expect(foldDiacritics('chuyển doi số')).toBe(foldDiacritics('chuyển đổi số'));
  });

  test('collapses runs of white space', () => {
    expect(foldDiacritics('  thi   đua \n yêu nước ')).toBe('thi dua yeu nuoc');
  });
});

describe('dSpellings', () => {
  test('lists each distinct word with a đ, spelled with d', () => {
    expect(dSpellings('Đại hội Đảng bộ, đảng viên và đường sắt; thi đua, thi đua')).toBe('dai dang duong dua');
  });

  test('is empty for text without đ', () => {
    expect(dSpellings('Gương người tốt, việc tốt')).toBe('');
  });

  test('finds đ in NFD text too', () => {
    expect(dSpellings('Điển hình'.normalize('NFD'))).toBe('dien');
  });
});
