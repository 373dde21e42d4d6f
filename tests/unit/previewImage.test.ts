import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { previewImage } from '../../src/lib/previewImage';
import { PREVIEW_SIZE } from '../../src/lib/previewSize';

const preview = {
  section: 'Tin tức',
  committee: 'Ủy ban nhân dân xã Hà Trung',
  tagline: 'Phong trào thi đua cao điểm chào mừng Đại hội Đảng bộ xã',
};

describe('previewImage', { timeout: 20_000 }, () => {
  test('draws a 1200×630 PNG of a Vietnamese title', async () => {
    const png = await previewImage({ ...preview, title: 'Đảng bộ xã Hà Trung: ư ơ ạ ễ Đồng Xá' });
    const { format, width, height } = await sharp(png).metadata();
    expect({ format, width, height }).toEqual({ format: 'png', ...PREVIEW_SIZE });
  });

  test('draws each title differently, and "<", "&" or quotes in a title as text (Pango would reject them as markup)', async () => {
    const [a, b, markup] = await Promise.all(
      ['Thôn Đồng Xá', 'Tiểu khu 5', 'Hợp tác xã <b>rau</b> & "sạch"'].map((title) => previewImage({ ...preview, title })),
    );
    expect(a!.equals(b!)).toBe(false);
    expect(markup!.length).toBeGreaterThan(0);
  });
});
