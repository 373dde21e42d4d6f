import { describe, expect, test } from 'vitest';
import { lowerFirst, nameInSentence } from '../../src/lib/nameInSentence';

describe('nameInSentence', () => {
  test('lowers the common noun before a proper name, as running text writes it', () => {
    expect(nameInSentence('Thôn Đồng Xá')).toBe('thôn Đồng Xá');
    expect(nameInSentence('Tiểu khu Bắc Sơn')).toBe('tiểu khu Bắc Sơn');
  });

  test('lowers the word a decision names a person or a household by', () => {
    expect(nameInSentence('Ông Nguyễn Văn A')).toBe('ông Nguyễn Văn A');
    expect(nameInSentence('Bà Phạm Thị D')).toBe('bà Phạm Thị D');
    expect(nameInSentence('Hộ ông Hoàng Văn E')).toBe('hộ ông Hoàng Văn E');
    expect(nameInSentence('Bàn Văn Sơn')).toBe('Bàn Văn Sơn');
    // A title, not a form of address: the word after it is not a name's capital.
    expect(nameInSentence('Bà mẹ Việt Nam Anh hùng Lê Thị G')).toBe('Bà mẹ Việt Nam Anh hùng Lê Thị G');
    expect(nameInSentence('Hội Nông dân xã')).toBe('Hội Nông dân xã');
  });

  test('keeps a name whose common noun comes before a number, and every other name, as it is', () => {
    expect(nameInSentence('Tiểu khu 5')).toBe('Tiểu khu 5');
    expect(nameInSentence('Thôn 3')).toBe('Thôn 3');
    expect(nameInSentence('Thôn 3A')).toBe('Thôn 3A');
    expect(nameInSentence('Hợp tác xã Rau an toàn Đồng Xá')).toBe('Hợp tác xã Rau an toàn Đồng Xá');
    expect(nameInSentence('Chi hội Phụ nữ thôn Đồng Xá')).toBe('Chi hội Phụ nữ thôn Đồng Xá');
    expect(nameInSentence('Thônxyz')).toBe('Thônxyz');
  });
});

describe('lowerFirst', () => {
  test('runs a text written to stand alone on in a sentence', () => {
    expect(lowerFirst('Đã có thành tích xuất sắc.')).toBe('đã có thành tích xuất sắc.');
    expect(lowerFirst('Từ ngày ban hành')).toBe('từ ngày ban hành');
    expect(lowerFirst('')).toBe('');
  });
});
