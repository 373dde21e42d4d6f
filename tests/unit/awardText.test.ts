import { describe, expect, test } from 'vitest';
import { awardDescription, awardHeading, recipientsSummary } from '../../src/lib/awardText';

const award = {
  number: '226/QĐ-UBND',
  form: 'giay-khen-xa',
  reason: 'Đã có thành tích xuất sắc.',
  status: 'hieu-luc',
  recipients: [{ kind: 'ca-nhan' }, { kind: 'tap-the' }, { kind: 'ca-nhan' }],
} as const;
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
  // "… UBND xã. Đã có thành tích xuất sắc." was two sentences, the second without whom it praised.
  test('says in one sentence which award went to whom, and for what', () => {
    expect(awardDescription(award)).toBe('Giấy khen của Chủ tịch UBND xã cho 1 tập thể, 2 cá nhân đã có thành tích xuất sắc.');
  });

  test('puts the revocation first, where a shortened preview still shows it', () => {
    expect(awardDescription(revoked)).toBe('Quyết định này đã bị thu hồi. Giấy khen của Chủ tịch UBND xã cho 1 tập thể, 2 cá nhân đã có thành tích xuất sắc.');
  });
});

describe('recipientsSummary', () => {
  test('counts the recipients by kind, in the order kinds are listed everywhere', () => {
    const kinds = ['ca-nhan', 'thon-tieu-khu', 'tap-the', 'ca-nhan'] as const;
    expect(recipientsSummary(kinds.map((kind) => ({ kind })))).toBe('1 tập thể, 2 cá nhân, 1 thôn/tiểu khu');
  });

  test('calls one household a household', () => {
    expect(recipientsSummary([{ kind: 'ho-gia-dinh' }])).toBe('1 hộ gia đình');
  });
});
