import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { photoProblems } from '../../src/lib/entryPhotos';

describe('photoProblems', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entry-photos-'));
  mkdirSync(join(dir, 'cover'));
  writeFileSync(join(dir, 'cover', 'image.jpg'), '');
  const entry = join(dir, 'index.md');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a photo beside the entry, in a format the site reads, is fine', () => {
    expect(photoProblems(parse('title: Tin\ncover:\n  discriminant: true\n  value:\n    image: cover/image.jpg\n    alt: Ảnh\n'), entry)).toEqual([]);
    expect(photoProblems(parse('title: Tin\n'), entry)).toEqual([]);
  });

  test('names the field of a photo whose file is not there, or that the site cannot read', () => {
    expect(photoProblems(parse('cover:\n  discriminant: true\n  value:\n    image: cover/anh-duong.jpg\n    alt: Ảnh\n'), entry)).toEqual([
      { field: 'cover.value.image', problem: 'không có tệp ảnh "cover/anh-duong.jpg" bên cạnh bài này; hãy chọn lại ảnh trong trang quản trị' },
    ]);
    expect(photoProblems(parse('photo:\n  discriminant: true\n  value:\n    image: photo/IMG_0001.HEIC\n    alt: Ảnh\n'), entry)).toEqual([
      {
        field: 'photo.value.image',
        problem: 'ảnh "photo/IMG_0001.HEIC" có dạng "heic" mà trang web không đọc được; cần ảnh JPG, PNG hoặc WebP (lưu ảnh dưới dạng JPG rồi chọn lại)',
      },
    ]);
  });
});
