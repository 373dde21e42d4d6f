import { describe, expect, test } from 'vitest';
import type { AWARD_FORMS, AWARD_STATUSES } from '../../src/lib/options';
import { awardDescription, awardHeading, honorRollOrder, recipientsSummary } from '../../src/lib/awardText';

const award = { number: '226/QĐ-UBND', form: 'giay-khen-xa', reason: 'Đã có thành tích xuất sắc.', status: 'hieu-luc' } as const;
const revoked = { ...award, status: 'thu-hoi' } as const;

describe('awardHeading', () => {
  test('names the decision by its number', () => {
    expect(awardHeading(award)).toBe('Quyết định 226/QĐ-UBND');
  });

  test('says a revoked decision is revoked', () => {
    expect(awardHeading(revoked)).toBe('Quyết định 226/QĐ-UBND (đã thu hồi)');
  });
});

describe('awardDescription', () => {
  test('gives the form of the award and its reason', () => {
    expect(awardDescription(award)).toBe('Giấy khen của Chủ tịch UBND xã. Đã có thành tích xuất sắc.');
  });

  test('puts the revocation first, where a shortened preview still shows it', () => {
    expect(awardDescription(revoked)).toBe('Quyết định này đã bị thu hồi. Giấy khen của Chủ tịch UBND xã. Đã có thành tích xuất sắc.');
  });
});

describe('recipientsSummary', () => {
  test('counts the recipients by kind, in the order kinds are listed everywhere', () => {
    const kinds = ['tap-the', 'ca-nhan', 'ca-nhan', 'thon-tieu-khu'] as const;
    expect(recipientsSummary(kinds.map((kind) => ({ kind })))).toBe('2 cá nhân, 1 tập thể, 1 khu dân cư');
  });

  test('calls one household a household', () => {
    expect(recipientsSummary([{ kind: 'ho-gia-dinh' }])).toBe('1 hộ gia đình');
  });
});

describe('honorRollOrder', () => {
  const decision = (id: string, issuedAt: string, form: (typeof AWARD_FORMS)[number], status: (typeof AWARD_STATUSES)[number] = 'hieu-luc') => ({
    id,
    data: { issuedAt: new Date(issuedAt), form, status },
  });

  test('newest year first; in a year the forms in the plan\'s order; in a form those in force first, newest first', () => {
    const awards = [
      decision('giay-khen-thang-3', '2025-03-10T00:00:00+07:00', 'giay-khen-xa'),
      decision('bang-khen-2024', '2024-11-02T00:00:00+07:00', 'bang-khen-tinh'),
      decision('bang-khen-2025', '2025-12-01T00:00:00+07:00', 'bang-khen-tinh'),
      decision('thu-hoi-moi-nhat', '2025-12-20T00:00:00+07:00', 'giay-khen-xa', 'thu-hoi'),
      decision('giay-khen-thang-9', '2025-09-05T00:00:00+07:00', 'giay-khen-xa'),
      decision('lao-dong-tien-tien', '2025-12-30T00:00:00+07:00', 'lao-dong-tien-tien'),
      decision('giay-khen-2024', '2024-05-01T00:00:00+07:00', 'giay-khen-xa'),
      // Signed on the first day of 2026 in Việt Nam, still 2025 in UTC.
      decision('dau-nam-2026', '2026-01-01T00:00:00+07:00', 'bang-khen-tinh'),
    ];
    expect(honorRollOrder(awards).map((a) => a.id)).toEqual([
      'dau-nam-2026',
      'giay-khen-thang-9',
      'giay-khen-thang-3',
      'thu-hoi-moi-nhat',
      'bang-khen-2025',
      'lao-dong-tien-tien',
      'giay-khen-2024',
      'bang-khen-2024',
    ]);
  });
});
