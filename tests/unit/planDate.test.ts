import { describe, expect, test } from 'vitest';
import { planDate } from '../../src/lib/planDate';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('planDate', () => {
  test('is the day of issue, else the first day, else none', () => {
    expect(planDate({ issuedAt: day('2025-01-20'), startsAt: day('2025-02-01') })).toEqual(day('2025-01-20'));
    expect(planDate({ issuedAt: undefined, startsAt: day('2025-07-01') })).toEqual(day('2025-07-01'));
    expect(planDate({ issuedAt: undefined, startsAt: undefined })).toBeUndefined();
  });
});
