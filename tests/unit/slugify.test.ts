import { describe, expect, test } from 'vitest';
import { slugify } from '../../src/lib/slugify';

describe('slugify', () => {
  test('drops tone and vowel marks and spells đ as d', () => {
    expect(slugify('Đồng Xá')).toBe('dong-xa');
    expect(slugify('Gương người tốt, việc tốt')).toBe('guong-nguoi-tot-viec-tot');
    expect(slugify('Đảng bộ xã Hà Trung')).toBe('dang-bo-xa-ha-trung');
  });

  test('gives the same slug for NFC and NFD input', () => {
    const nfc = 'Thi đua yêu nước'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(slugify(nfd)).toBe(slugify(nfc));
    expect(slugify(nfc)).toBe('thi-dua-yeu-nuoc');
  });

  test('turns punctuation and runs of spaces into single hyphens, trimmed', () => {
    expect(slugify('  I. MỤC ĐÍCH, YÊU CẦU  ')).toBe('i-muc-dich-yeu-cau');
    expect(slugify('Kế hoạch 01-KH/ĐU')).toBe('ke-hoach-01-kh-du');
    expect(slugify('Phòng Văn hóa – Xã hội')).toBe('phong-van-hoa-xa-hoi');
  });

  test('returns an empty string for text with no letters or digits', () => {
    expect(slugify('– … –')).toBe('');
  });
});
