import { foldDiacritics } from './foldDiacritics';

/**
 * Abbreviations residents write as the commune's papers do ("HTX rau", "GPMB"), spelt out. Keyed by the word folded
 * (foldDiacritics: "HĐND" and "hdnd" alike).
 */
const SPELT_OUT: Record<string, string> = {
  bhxh: 'bảo hiểm xã hội',
  bhyt: 'bảo hiểm y tế',
  ccb: 'cựu chiến binh',
  cchc: 'cải cách hành chính',
  cds: 'chuyển đổi số',
  ctxh: 'chính trị xã hội',
  dvc: 'dịch vụ công',
  gpmb: 'giải phóng mặt bằng',
  hdnd: 'hội đồng nhân dân',
  htx: 'hợp tác xã',
  ktxh: 'kinh tế xã hội',
  mttq: 'mặt trận tổ quốc',
  ntm: 'nông thôn mới',
  qpan: 'quốc phòng an ninh',
  tdkt: 'thi đua khen thưởng',
  thcs: 'trung học cơ sở',
  thpt: 'trung học phổ thông',
  tk: 'tiểu khu',
  tnhh: 'trách nhiệm hữu hạn',
  tthc: 'thủ tục hành chính',
  ubnd: 'ủy ban nhân dân',
  vhxh: 'văn hóa xã hội',
  vsmt: 'vệ sinh môi trường',
};

/**
 * `query` with each abbreviation spelt out ("htx rau" → "hợp tác xã rau"), in quotes or beside a comma as well; the
 * same string when it has none.
 */
export const spellOut = (query: string): string =>
  query.replace(/[\p{L}\p{M}\p{N}]+/gu, (word) => SPELT_OUT[foldDiacritics(word)] ?? word);
