import { describe, expect, test } from 'vitest';
import { shortDescription } from '../../src/lib/shortDescription';

describe('shortDescription', () => {
  test('keeps a short text as it is', () => {
    expect(shortDescription('Thôn ở phía bắc xã.')).toBe('Thôn ở phía bắc xã.');
  });

  test('keeps the whole sentences that fit, and not the first that does not', () => {
    const text = 'Câu thứ nhất ngắn. Câu thứ hai cũng ngắn. Câu thứ ba dài hơn nhiều so với giới hạn.';
    expect(shortDescription(text, 45)).toBe('Câu thứ nhất ngắn. Câu thứ hai cũng ngắn.');
  });

  test('keeps a first sentence longer than the limit whole, for the platform to cut', () => {
    const text = 'Phòng chuyên môn thuộc Ủy ban nhân dân xã, tham mưu, giúp Ủy ban nhân dân xã quản lý nhà nước. Câu sau.';
    expect(shortDescription(text, 45)).toBe('Phòng chuyên môn thuộc Ủy ban nhân dân xã, tham mưu, giúp Ủy ban nhân dân xã quản lý nhà nước.');
  });

  test('reads across line breaks as one paragraph', () => {
    expect(shortDescription('Dòng một.\nDòng hai.', 100)).toBe('Dòng một. Dòng hai.');
  });

  test('does not end a sentence at an abbreviation', () => {
    expect(shortDescription('Trụ sở tại TP. Thanh Hóa, gần chợ. Câu sau dài hơn giới hạn nhiều.', 40)).toBe('Trụ sở tại TP. Thanh Hóa, gần chợ.');
  });

  test("does not end a sentence at a number's dot", () => {
    expect(shortDescription('Thôn có 1.200 hộ dân sinh sống. Câu sau.', 33)).toBe('Thôn có 1.200 hộ dân sinh sống.');
  });
});
