import { describe, expect, test } from 'vitest';
import { awardTitle } from '../../src/lib/awardText';
import { documentHeading, documentTitle } from '../../src/lib/documentText';

describe('documentHeading and documentTitle', () => {
  test('name a document by its kind and number, and in full with its title', () => {
    const doc = { kind: 'chi-thi', number: '39/CT-TTg', title: 'Về việc đẩy mạnh phong trào thi đua' } as const;
    expect(documentHeading(doc)).toBe('Chỉ thị 39/CT-TTg');
    expect(documentTitle(doc)).toBe('Chỉ thị 39/CT-TTg: Về việc đẩy mạnh phong trào thi đua');
  });

  // A plan's legal bases named such a document "Luật ", with a space and nothing after it.
  test('name one whose archived copy shows no number by its kind alone', () => {
    const doc = { kind: 'luat', number: undefined, title: 'Luật Thi đua, khen thưởng' } as const;
    expect(documentHeading(doc)).toBe('Luật');
    expect(documentTitle(doc)).toBe('Luật Thi đua, khen thưởng');
    expect(documentTitle({ ...doc, kind: 'chi-thi', title: 'Về việc đẩy mạnh phong trào thi đua' })).toBe('Chỉ thị: Về việc đẩy mạnh phong trào thi đua');
  });
});

describe('awardTitle', () => {
  test('names a decision in full, and a revoked one as revoked', () => {
    const award = { number: '226/QĐ-UBND', title: 'Về việc khen thưởng', status: 'hieu-luc' } as const;
    expect(awardTitle(award)).toBe('Quyết định 226/QĐ-UBND: Về việc khen thưởng');
    expect(awardTitle({ ...award, status: 'thu-hoi' })).toBe('Quyết định 226/QĐ-UBND (đã thu hồi): Về việc khen thưởng');
  });
});
