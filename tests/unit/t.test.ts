import { describe, expect, test } from 'vitest';
import { formatList, formatNumber, t, tAround } from '../../src/i18n/t';
import { vi } from '../../src/i18n/vi';

describe('t', () => {
  test('fills named placeholders', () => {
    expect(t('status.daysLeft', { days: 12 })).toBe('Còn 12 ngày');
  });

  test('leaves a placeholder without a value visible rather than blank', () => {
    expect(t('status.daysLeft')).toBe('Còn {days} ngày');
  });
});

describe('tAround', () => {
  test('splits a sentence where the page sets something of its own, its other placeholders filled', () => {
    expect(tAround('plan.placeDate', 'date', { place: 'Hà Trung' })).toEqual(['Hà Trung, ngày ', '']);
  });

  test('splits at the dictionary\'s place, not at one a value brings', () => {
    expect(tAround('plan.placeDate', 'date', { place: 'Hà Trung {date}' })).toEqual(['Hà Trung {date}, ngày ', '']);
  });

  test('fails for a sentence without the place, rather than set the thing after it', () => {
    expect(() => tAround('status.daysLeft', 'date')).toThrow('The dictionary\'s "status.daysLeft" needs {date} once');
  });
});

describe('formatList', () => {
  test('joins the last of several with "và" or "hoặc", as Vietnamese writes a list', () => {
    expect(formatList(['Thôn Đồng Xá', 'Tiểu khu 1', 'Tiểu khu 5'], 'and')).toBe('Thôn Đồng Xá, Tiểu khu 1 và Tiểu khu 5');
    expect(formatList(['Hội Phụ nữ xã', 'Phụ nữ xã'], 'or')).toBe('Hội Phụ nữ xã hoặc Phụ nữ xã');
    expect(formatList(['Tiểu khu 5'], 'and')).toBe('Tiểu khu 5');
  });
});

describe('formatNumber', () => {
  test('writes a count as Vietnamese does, thousands apart with a dot and a decimal comma', () => {
    expect(formatNumber(1500)).toBe('1.500');
    expect(formatNumber(2.5)).toBe('2,5');
    expect(formatNumber(454)).toBe('454');
  });
});

describe('the dictionary', () => {
  test('is all NFC Vietnamese with no empty entries', () => {
    for (const [key, value] of Object.entries(vi)) {
      expect(value, key).toBe(value.normalize('NFC'));
      expect(value.trim(), key).not.toBe('');
    }
  });
});
