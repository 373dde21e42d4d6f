import { describe, expect, test } from 'vitest';
import { awardTitle } from '../../src/lib/awardText';
import { documentCitation, documentHeading, documentTitle } from '../../src/lib/documentText';

describe('documentHeading, documentTitle and documentCitation', () => {
  test('name a document by its kind and number, and in full with its title', () => {
    const doc = { kind: 'chi-thi', number: '39/CT-TTg', title: 'Về việc đẩy mạnh phong trào thi đua' } as const;
    expect(documentHeading(doc)).toBe('Chỉ thị 39/CT-TTg');
    expect(documentTitle(doc)).toBe('Chỉ thị 39/CT-TTg: Về việc đẩy mạnh phong trào thi đua');
    expect(documentCitation(doc)).toBe('Chỉ thị 39/CT-TTg');
  });

  // "Luật 06/2022/QH15: Luật Thi đua, khen thưởng" said "Luật" twice, and a plan's legal bases showed "Luật
  // 06/2022/QH15" alone, which no resident knows by number.
  test('name a law as Vietnamese cites one, its name and then its number', () => {
    const law = { kind: 'luat', number: '06/2022/QH15', title: 'Luật Thi đua, khen thưởng' } as const;
    expect(documentHeading(law)).toBe('Luật 06/2022/QH15');
    expect(documentTitle(law)).toBe('Luật Thi đua, khen thưởng số 06/2022/QH15');
    expect(documentCitation(law)).toBe('Luật Thi đua, khen thưởng số 06/2022/QH15');
    // Only a law's title is its name: a decree that says what it rules is cited by kind and number.
    const decree = { kind: 'nghi-dinh', number: '98/2023/NĐ-CP', title: 'Nghị định quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng' } as const;
    expect(documentTitle(decree)).toBe(`Nghị định 98/2023/NĐ-CP: ${decree.title}`);
    expect(documentCitation(decree)).toBe('Nghị định 98/2023/NĐ-CP');
  });

  // A plan's legal bases named such a document "Luật ", with a space and nothing after it.
  test('name one whose archived copy shows no number by its kind alone', () => {
    const doc = { kind: 'luat', number: undefined, title: 'Luật Thi đua, khen thưởng' } as const;
    expect(documentHeading(doc)).toBe('Luật');
    expect(documentTitle(doc)).toBe('Luật Thi đua, khen thưởng');
    expect(documentCitation(doc)).toBe('Luật Thi đua, khen thưởng');
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
