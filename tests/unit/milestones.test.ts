import { describe, expect, test } from 'vitest';
import { milestonesOn } from '../../src/lib/milestones';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('milestonesOn', () => {
  test('puts milestones in the order of their days, keeping the editor\'s order within a day', () => {
    const milestones = [
      { date: day('2025-12-31'), label: 'Tổng kết' },
      { date: day('2025-05-19'), label: 'Sinh nhật Bác' },
      { date: day('2025-02-03'), label: 'Thành lập Đảng (1)' },
      { date: day('2025-02-03'), label: 'Thành lập Đảng (2)' },
    ];
    expect(milestonesOn(milestones, day('2025-01-01')).map((m) => m.label)).toEqual(['Thành lập Đảng (1)', 'Thành lập Đảng (2)', 'Sinh nhật Bác', 'Tổng kết']);
  });

  test('says which are passed, on the day, or ahead, by the day in Việt Nam', () => {
    const milestones = [{ date: day('2025-05-18') }, { date: day('2025-05-19') }, { date: day('2025-05-20') }];
    // 17:30 UTC on 18 May is 00:30 on 19 May in Việt Nam.
    expect(milestonesOn(milestones, new Date('2025-05-18T17:30:00Z')).map((m) => m.state)).toEqual(['passed', 'today', 'ahead']);
  });
});
