import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { impossibleDates } from '../../src/lib/impossibleDates';

const datesIn = (lines: string[]) => impossibleDates(parseDocument(lines.join('\n')));

describe('impossibleDates', () => {
  test('finds dates that do not exist, with their field, in mappings and lists', () => {
    const yaml = ['issuedAt: 2025-13-45', 'milestones:', '  - date: 2025-03-01', '  - date: 2025-02-30', '    label: Mốc', 'endsAt: "2024-02-29"'];
    expect(datesIn(yaml)).toEqual([
      { field: 'issuedAt', value: '2025-13-45' },
      { field: 'milestones.1.date', value: '2025-02-30' },
    ]);
  });

  test('accepts real dates, including 29 February of a leap year, and leaves alone what is not a date', () => {
    expect(datesIn(['issuedAt: 2024-02-29', 'endsAt: 2025-12-31', 'number: 2025-01', 'summary: Từ 2025-02-30 đến nay'])).toEqual([]);
  });
});
