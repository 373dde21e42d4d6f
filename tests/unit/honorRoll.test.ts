import { describe, expect, test } from 'vitest';
import { honorRollContents, honorRollOrder } from '../../src/lib/honorRoll';
import type { AWARD_STATUSES, AwardForm } from '../../src/lib/options';

const decision = (id: string, issuedAt: string, form: AwardForm, status: (typeof AWARD_STATUSES)[number] = 'hieu-luc') => ({
  id,
  data: { issuedAt: new Date(issuedAt), form, status },
});

describe('honorRollOrder', () => {
  test('newest year first; in a year the forms in the plan\'s order; in a form those in force first, newest first', () => {
    const awards = [
      decision('giay-khen-thang-3', '2025-03-10T00:00:00+07:00', 'giay-khen-xa'),
      decision('bang-khen-2024', '2024-11-02T00:00:00+07:00', 'bang-khen-tinh'),
      decision('bang-khen-2025', '2025-12-01T00:00:00+07:00', 'bang-khen-tinh'),
      decision('thu-hoi-cu', '2025-02-01T00:00:00+07:00', 'giay-khen-xa', 'thu-hoi'),
      decision('thu-hoi-moi-nhat', '2025-12-20T00:00:00+07:00', 'giay-khen-xa', 'thu-hoi'),
      decision('giay-khen-thang-9', '2025-09-05T00:00:00+07:00', 'giay-khen-xa'),
      decision('lao-dong-tien-tien', '2025-12-30T00:00:00+07:00', 'lao-dong-tien-tien'),
      decision('giay-khen-2024', '2024-05-01T00:00:00+07:00', 'giay-khen-xa'),
      // Signed on the first day of 2026 in Việt Nam, still 2025 in UTC.
      decision('dau-nam-2026', '2026-01-01T00:00:00+07:00', 'bang-khen-tinh'),
    ];
    expect(honorRollOrder(awards).map((a) => a.id)).toEqual([
      'dau-nam-2026',
      'bang-khen-2025',
      'giay-khen-thang-9',
      'giay-khen-thang-3',
      'thu-hoi-moi-nhat',
      'thu-hoi-cu',
      'lao-dong-tien-tien',
      'bang-khen-2024',
      'giay-khen-2024',
    ]);
  });
});

describe('honorRollContents', () => {
  test('each year with its forms, how many decisions each has and the page where it begins', () => {
    const giayKhen = Array.from({ length: 5 }, (_, i) => decision(`gk-${i}`, `2025-06-0${i + 1}`, 'giay-khen-xa'));
    const roll = [decision('bk', '2025-03-01', 'bang-khen-tinh'), ...giayKhen, decision('gk-2024', '2024-05-01', 'giay-khen-xa')];
    expect(honorRollContents(roll, 2)).toEqual([
      {
        year: 2025,
        page: 1,
        forms: [
          { form: 'bang-khen-tinh', count: 1, page: 1 },
          { form: 'giay-khen-xa', count: 5, page: 1 },
        ],
      },
      { year: 2024, page: 4, forms: [{ form: 'giay-khen-xa', count: 1, page: 4 }] },
    ]);
  });

  test('has nothing for an empty roll', () => {
    expect(honorRollContents([], 20)).toEqual([]);
  });
});
