import { describe, expect, test } from 'vitest';
import { campaignStatus } from '../../src/lib/campaignStatus';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const period = { startsAt: day('2025-08-01'), endsAt: day('2025-12-31') };

describe('campaignStatus', () => {
  test('is upcoming before the first day, with the days until it starts', () => {
    expect(campaignStatus(period, day('2025-07-30'))).toEqual({ state: 'upcoming', days: 2 });
  });

  test('is ongoing from the first day, counting the last day among the days left', () => {
    expect(campaignStatus(period, day('2025-08-01'))).toEqual({ state: 'ongoing', days: 153 });
    expect(campaignStatus(period, day('2025-12-31'))).toEqual({ state: 'ongoing', days: 1 });
  });

  test('has ended the day after the last day', () => {
    expect(campaignStatus(period, day('2026-01-01'))).toEqual({ state: 'ended', days: 0 });
  });

  test('counts a campaign without a recorded start as started', () => {
    expect(campaignStatus({ endsAt: day('2025-12-31') }, day('2025-01-01'))).toEqual({ state: 'ongoing', days: 365 });
  });

  test('judges the day in Việt Nam: 18:00 UTC on the last day is already the next day there', () => {
    expect(campaignStatus(period, new Date('2025-12-31T18:00:00Z')).state).toBe('ended');
  });
});
