import { describe, expect, test } from 'vitest';
import { sampleTitle } from '../../src/lib/sampleTitle';

describe('sampleTitle', () => {
  test("marks a sample entry's title and leaves a real one as it is", () => {
    expect(sampleTitle('Thôn Đồng Xá', true)).toBe('Nội dung mẫu: Thôn Đồng Xá');
    expect(sampleTitle('Phòng Văn hóa – Xã hội', false)).toBe('Phòng Văn hóa – Xã hội');
  });
});
