import { describe, expect, test } from 'vitest';
import { storedText, withoutControlCharacters, WRITTEN } from '../../src/lib/storedText';

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

  test('drops zero-width spaces, makes no-break spaces plain ones, and trims', () => {
    expect(storedText('\u00A0Gương\u200B người\u00A0tốt\u202Fviệc tốt\uFEFF ')).toBe('Gương người tốt việc tốt');
  });
});

describe('WRITTEN', () => {
  test('takes a field with a letter in it, not one of spaces and zero-width spaces alone', () => {
    expect(WRITTEN.test(' \u200B a')).toBe(true);
    for (const blank of ['', '   ', '\u200B', '\u00A0\uFEFF\u202F', '\t\n']) expect(WRITTEN.test(blank), JSON.stringify(blank)).toBe(false);
  });

  test('agrees with storedText: what it refuses is stored empty', () => {
    for (const blank of [' \u200B ', '\u00A0\uFEFF']) expect(storedText(blank)).toBe('');
  });
});
