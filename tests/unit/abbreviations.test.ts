import { describe, expect, it } from 'vitest';
import { spellOut } from '../../src/lib/abbreviations';

describe('spellOut', () => {
  it('spells out each abbreviation, in any case, and keeps the other words as typed', () => {
    expect(spellOut('HTX rau Đồng Xá')).toBe('hợp tác xã rau Đồng Xá');
    expect(spellOut('gpmb  duong sat')).toBe('giải phóng mặt bằng  duong sat');
  });

  it('takes an abbreviation with đ typed with d', () => {
    expect(spellOut('HĐND xã')).toBe('hội đồng nhân dân xã');
    expect(spellOut('tk 5')).toBe('tiểu khu 5');
    expect(spellOut('hdnd xã')).toBe('hội đồng nhân dân xã');
    expect(spellOut('hoi dong TĐKT')).toBe('hoi dong thi đua khen thưởng');
    expect(spellOut('CCHC')).toBe('cải cách hành chính');
  });

  it("spells out the papers' pairs written with a hyphen (KT-XH) when typed as one word", () => {
    expect(spellOut('ktxh')).toBe('kinh tế xã hội');
    expect(spellOut('phong vhxh')).toBe('phong văn hóa xã hội');
  });

  it('spells one out in quotes, straight or curly, and beside punctuation', () => {
    expect(spellOut('"htx rau"')).toBe('"hợp tác xã rau"');
    expect(spellOut('“GPMB” đường sắt')).toBe('“giải phóng mặt bằng” đường sắt');
    expect(spellOut('MTTQ, HTX')).toBe('mặt trận tổ quốc, hợp tác xã');
  });

  it('leaves a query without one as it is, and a word that only starts like one', () => {
    expect(spellOut('hợp tác xã')).toBe('hợp tác xã');
    expect(spellOut('htxa ubnds')).toBe('htxa ubnds');
  });
});
