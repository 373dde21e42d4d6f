import { describe, expect, test } from 'vitest';
import { impossibleDates } from '../../src/lib/impossibleDates';

describe('impossibleDates', () => {
  test('finds dates that do not exist, with their key, in mappings and lists', () => {
    const yaml = ['issuedAt: 2025-13-45', 'milestones:', '  - date: 2025-02-30', '    label: Mốc', 'endsAt: "2024-02-29"'].join('\n');
    expect(impossibleDates(yaml)).toEqual([
      { field: 'issuedAt', value: '2025-13-45' },
      { field: 'date', value: '2025-02-30' },
    ]);
  });

  test('accepts real dates, including 29 February of a leap year', () => {
    expect(impossibleDates('issuedAt: 2024-02-29\nendsAt: 2025-12-31\nnumber: 2025-01')).toEqual([]);
  });
});
