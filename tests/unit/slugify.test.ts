import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { DECISION_SLUG_PATTERN, decisionSlug, SLUG_LENGTH, SLUG_PATTERN, shortSlug, slugify } from '../../src/lib/slugify';

describe('slugify', () => {
  test('drops tone and vowel marks and spells đ as d', () => {
    expect(slugify('Đồng Xá')).toBe('dong-xa');
    expect(slugify('Gương người tốt, việc tốt')).toBe('guong-nguoi-tot-viec-tot');
    expect(slugify('Đảng bộ xã Hà Trung')).toBe('dang-bo-xa-ha-trung');
    // The Icelandic Ð that old encodings' converters write for Đ: pasted in a title, it made "ai-hoi-ang-bo".
    expect(slugify('Ðại hội Ðảng bộ')).toBe('dai-hoi-dang-bo');
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

describe('shortSlug', () => {
  test('keeps a slug that fits as it is', () => {
    expect(shortSlug('Đồng Xá hiến đất làm đường')).toBe('dong-xa-hien-dat-lam-duong');
  });

  test('cuts a long title between two words, within the limit', () => {
    const title = 'Về việc ban hành Quy chế tổ chức và hoạt động của Hội đồng Thi đua – Khen thưởng xã Hà Trung '.repeat(3);
    // The first 100 letters end inside "ban": the cut falls before it.
    expect(shortSlug(title)).toBe('ve-viec-ban-hanh-quy-che-to-chuc-va-hoat-dong-cua-hoi-dong-thi-dua-khen-thuong-xa-ha-trung-ve-viec');
    expect(shortSlug(title).length).toBeLessThanOrEqual(SLUG_LENGTH);
  });

  test('cuts a single word longer than the limit at the limit', () => {
    expect(shortSlug('a'.repeat(150))).toBe('a'.repeat(SLUG_LENGTH));
  });
});

describe('decisionSlug', () => {
  test('starts with qd- and ends with the year, as numbers start again every year', () => {
    expect(decisionSlug('205/QĐ-UBND', 2025)).toBe('qd-205-qd-ubnd-2025');
  });

  test('is empty before a number is typed, and within the limit for a long one', () => {
    expect(decisionSlug('', 2026)).toBe('');
    const long = decisionSlug('205/QĐ-UBND '.repeat(20), 2026);
    expect(long.length).toBeLessThanOrEqual(SLUG_LENGTH);
    expect(long).toMatch(/^qd-205-qd-ubnd-[a-z0-9-]+[a-z0-9]-2026$/);
  });
});

describe('the slugs the CMS takes', () => {
  // Every entry already there, so that saving one again is never refused.
  const slugsOf = (collection: string) => readdirSync(`content/${collection}`).map((name) => name.replace(/\.(md|mdx|yaml)$/, ''));

  test("take every entry's slug in content/, and every decision's as a decision's", () => {
    for (const collection of ['news', 'stories', 'awards', 'units', 'documents', 'plans']) {
      for (const slug of slugsOf(collection)) expect(slug, `${collection}/${slug}`).toMatch(SLUG_PATTERN);
    }
    for (const slug of slugsOf('awards')) expect(slug).toMatch(DECISION_SLUG_PATTERN);
  });

  test("take what they make, and Keystatic's -1 after a decision's year", () => {
    expect(shortSlug('Về việc ban hành Quy chế '.repeat(10))).toMatch(SLUG_PATTERN);
    expect(decisionSlug('205/QĐ-UBND', 2026)).toMatch(DECISION_SLUG_PATTERN);
    expect('qd-205-qd-ubnd-2025-1').toMatch(DECISION_SLUG_PATTERN);
  });

  test('refuse capitals, marks, spaces, a slug over the limit, and a decision without qd- or its year', () => {
    for (const slug of ['Dong-xa', 'đồng-xá', 'dong xa', '-dong-xa', 'a'.repeat(SLUG_LENGTH + 1)]) expect(slug).not.toMatch(SLUG_PATTERN);
    for (const slug of ['226-qd-ubnd', 'qd-226-qd-ubnd', '226-qd-ubnd-2026']) expect(slug).not.toMatch(DECISION_SLUG_PATTERN);
  });
});
