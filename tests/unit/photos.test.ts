import { describe, expect, test } from 'vitest';
import { isPhotoAddress, photoFileName, savedExtension } from '../../src/lib/photos';

describe('photoFileName', () => {
  test('gives two photos pasted under one name two files', () => {
    const first = photoFileName('image.png', Date.UTC(2026, 11, 4, 9, 0, 0));
    const second = photoFileName('image.png', Date.UTC(2026, 11, 4, 9, 0, 5));
    expect(first).toMatch(/^image-[a-z0-9]+\.png$/);
    expect(second).toMatch(/^image-[a-z0-9]+\.png$/);
    expect(second).not.toBe(first);
  });

  test('spells a Vietnamese name in plain letters and keeps the format, in lower case', () => {
    expect(photoFileName('Đường làng Đồng Xá.JPG', 0)).toBe('duong-lang-dong-xa-0.jpg');
    expect(photoFileName('ảnh.webp', 36)).toBe('anh-10.webp');
  });

  test('saves JPEG under its other names as .jpg, which the site reads', () => {
    expect(photoFileName('Zalo 2025.jfif', 0)).toBe('zalo-2025-0.jpg');
    expect(isPhotoAddress(photoFileName('x.jpe', 0))).toBe(true);
  });

  test('keeps the format of a name with # or ? in it, which is a file name, not an address', () => {
    expect(photoFileName('Ảnh #2.jpg', 0)).toBe('anh-2-0.jpg');
    expect(photoFileName('Cầu mới?.png', 0)).toBe('cau-moi-0.png');
  });

  test('names a photo with no usable name', () => {
    expect(photoFileName('…', 0)).toBe('anh-0');
  });
});

describe('isPhotoAddress', () => {
  test('knows the formats the site resizes, and not a phone camera’s HEIC', () => {
    expect(isPhotoAddress('../tin/anh-thu.jpg')).toBe(true);
    expect(isPhotoAddress('ANH.PNG')).toBe(true);
    expect(isPhotoAddress('../tin/IMG_0001.HEIC')).toBe(false);
    expect(isPhotoAddress('scan.bmp')).toBe(false);
    expect(isPhotoAddress('khong-duoi')).toBe(false);
    expect(isPhotoAddress('../tin/so-do.svg#lop-1')).toBe(true);
  });
});

describe('savedExtension', () => {
  test('is ".jpg" for a JPEG under another name, and keeps any other as it is', () => {
    expect(['jfif', 'JFIF', 'jpe', 'pjpeg', 'JPG', 'png', 'heic'].map(savedExtension)).toEqual(['jpg', 'jpg', 'jpg', 'jpg', 'JPG', 'png', 'heic']);
  });
});
