import { describe, expect, test } from 'vitest';
import { awardDescription, awardHeading, recipientNames, recipientsSummary } from '../../src/lib/awardText';

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

describe('recipientNames', () => {
  const named = (...names: string[]) => names.map((name) => ({ name, kind: 'ca-nhan' as const }));

  test('names one recipient, and joins the last of several with "và"', () => {
    expect(recipientNames(named('Tiểu khu 5'))).toBe('Tiểu khu 5');
    // Inside the sentence, the word before a person's name in small letters, as Vietnamese writes it.
    expect(recipientNames(named('Ông Lê Văn C', 'Bà Phạm Thị D', 'Tiểu khu 5'))).toBe('ông Lê Văn C, bà Phạm Thị D và Tiểu khu 5');
  });

  test('names six, and past six the first five and the rest counted by kind', () => {
    const six = named('A', 'B', 'C', 'D', 'Đ', 'E');
    expect(recipientNames(six)).toBe('A, B, C, D, Đ và E');
    const many = [...named(...Array.from({ length: 1204 }, (_, i) => `Người ${i + 1}`)), { name: 'Hộ ông F', kind: 'ho-gia-dinh' as const }];
    expect(recipientNames(many)).toBe('Người 1, Người 2, Người 3, Người 4, Người 5 và 1.199 cá nhân, 1 hộ gia đình khác');
  });
});
