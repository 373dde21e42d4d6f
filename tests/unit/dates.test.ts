import { describe, expect, test } from 'vitest';
import { daysBetween, formatDate, formatPeriod, isoDay, yearOf } from '../../src/lib/dates';

describe('formatDate', () => {
  test('writes the long form as official documents do', () => {
    expect(formatDate(new Date('2025-12-31T00:00:00Z'))).toBe('31 tháng 12 năm 2025');
  });

  test('writes the short form as dd/mm/yyyy', () => {
    expect(formatDate(new Date('2025-07-04T00:00:00Z'), 'short')).toBe('04/07/2025');
  });

  test('uses the day in Việt Nam, not in UTC', () => {
    // 20:00 UTC on 31 December is already 1 January in Hà Nội (UTC+7).
    expect(formatDate(new Date('2025-12-31T20:00:00Z'))).toBe('1 tháng 1 năm 2026');
  });
});

describe('isoDay', () => {
  test('gives the Việt Nam calendar day as YYYY-MM-DD', () => {
    expect(isoDay(new Date('2025-06-30T18:30:00Z'))).toBe('2025-07-01');
  });
});

describe('yearOf', () => {
  test('gives the year in Việt Nam', () => {
    expect(yearOf(new Date('2024-12-31T17:00:00Z'))).toBe(2025);
  });
});

describe('daysBetween', () => {
  test('counts calendar days, negative when going back', () => {
    expect(daysBetween(new Date('2025-12-01T00:00:00Z'), new Date('2025-12-31T00:00:00Z'))).toBe(30);
    expect(daysBetween(new Date('2025-12-31T00:00:00Z'), new Date('2025-12-01T00:00:00Z'))).toBe(-30);
  });

  test('ignores the hour within a day', () => {
    expect(daysBetween(new Date('2025-12-30T01:00:00Z'), new Date('2025-12-31T00:00:00Z'))).toBe(1);
  });
});

describe('formatPeriod', () => {
  test('says "from the day of issue" when the start is not recorded', () => {
    expect(formatPeriod({ endsAt: new Date('2025-12-31T00:00:00Z') })).toBe(
      'Từ ngày ban hành đến ngày 31 tháng 12 năm 2025',
    );
  });

  test('names both ends when the start is recorded', () => {
    expect(
      formatPeriod({ startsAt: new Date('2025-08-01T00:00:00Z'), endsAt: new Date('2025-12-31T00:00:00Z') }),
    ).toBe('Từ ngày 1 tháng 8 năm 2025 đến ngày 31 tháng 12 năm 2025');
  });
});
