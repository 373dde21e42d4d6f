import { describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/t';
import { vi } from '../../src/i18n/vi';

describe('t', () => {
  test('fills named placeholders', () => {
    expect(t('status.daysLeft', { days: 12 })).toBe('Còn 12 ngày');
  });

  test('leaves a placeholder without a value visible rather than blank', () => {
    expect(t('status.daysLeft')).toBe('Còn {days} ngày');
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
