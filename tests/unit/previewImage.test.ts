import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { previewImage } from '../../src/lib/previewImage';
import { PREVIEW_SIZE } from '../../src/lib/previewSize';

const preview = {
  section: 'Tin tức',
  committee: 'Ủy ban nhân dân xã Hà Trung',
  tagline: 'Phong trào thi đua cao điểm chào mừng Đại hội Đảng bộ xã',
};

/** The picture's pixels as RGB, and a way to count those in a box that are close to a colour. */
async function pixels(png: Buffer) {
  const { data } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const near = (x: number, y: number, [r, g, b]: readonly number[]) => {
    const at = (y * PREVIEW_SIZE.width + x) * 3;
    return Math.abs(data[at]! - r!) + Math.abs(data[at + 1]! - g!) + Math.abs(data[at + 2]! - b!) < 24;
  };
  return {
    count(colour: readonly number[], box: { top: number; bottom: number; left?: number; right?: number }) {
      let n = 0;
      for (let y = box.top; y < box.bottom; y++) for (let x = box.left ?? 0; x < (box.right ?? PREVIEW_SIZE.width); x++) if (near(x, y, colour)) n++;
      return n;
    },
  };
}

const PAPER = [0xfb, 0xfa, 0xf7];
const TITLE_INK = [0x07, 0x26, 0x46];
const BAND = [0x0b, 0x3a, 0x6a];
const WHITE = [0xff, 0xff, 0xff];
const ACCENT = [0xa3, 0x16, 0x1a];

describe('previewImage', { timeout: 20_000 }, () => {
  test('draws a 1200×630 PNG of a Vietnamese title, in a palette of its colours', async () => {
    const png = await previewImage({ ...preview, title: 'Đảng bộ xã Hà Trung: ư ơ ạ ễ Đồng Xá' });
    const { format, width, height, isPalette } = await sharp(png).metadata();
    expect({ format, width, height, isPalette }).toEqual({ format: 'png', ...PREVIEW_SIZE, isPalette: true });
    expect(png.length).toBeLessThan(60_000);
  });

  test('sets the section, the title in dark ink on paper, and the committee in white on the band', async () => {
    const picture = await pixels(await previewImage({ ...preview, title: 'Đảng bộ xã Hà Trung: ư ơ ạ ễ Đồng Xá' }));
    // The red stripe, the section's name in red, the title's letters, the band and its white letters.
    expect(picture.count(ACCENT, { top: 0, bottom: 16 })).toBe(16 * PREVIEW_SIZE.width);
    expect(picture.count(ACCENT, { top: 40, bottom: 100 })).toBeGreaterThan(500);
    expect(picture.count(TITLE_INK, { top: 128, bottom: 490 })).toBeGreaterThan(5_000);
    expect(picture.count(BAND, { top: 498, bottom: 630 })).toBeGreaterThan(100_000);
    expect(picture.count(WHITE, { top: 498, bottom: 630 })).toBeGreaterThan(2_000);
    // Paper right of the text: the title wraps within its margins.
    expect(picture.count(PAPER, { top: 128, bottom: 490, left: 1120 })).toBe((490 - 128) * 80);
  });

  test('sets a long title smaller, so that it stays above the band', async () => {
    const title = 'Về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua cao điểm '.repeat(3);
    const picture = await pixels(await previewImage({ ...preview, title }));
    expect(picture.count(TITLE_INK, { top: 128, bottom: 490 })).toBeGreaterThan(20_000);
    expect(picture.count(TITLE_INK, { top: 490, bottom: 630 })).toBe(0);
  });

  test('leaves paper between a four-line title and the band, its dots under the letters and all', async () => {
    // Four lines at the full size: before, the dots under "dụng" and "tục" came within 4 px of the band.
    const title = 'Nội dung mẫu: Về việc khen thưởng cá nhân có thành tích trong phong trào hỗ trợ dân sử dụng dịch vụ công trực tuyến';
    const picture = await pixels(await previewImage({ ...preview, title }));
    expect(picture.count(TITLE_INK, { top: 400, bottom: 466 })).toBeGreaterThan(10_000);
    expect(picture.count(PAPER, { top: 470, bottom: 490 })).toBe(20 * PREVIEW_SIZE.width);
  });

  test('draws each title differently, and "<", "&" or quotes in a title as text (Pango would reject them as markup)', async () => {
    const [a, b, markup, words] = await Promise.all(
      ['Thôn Đồng Xá', 'Tiểu khu 5', 'Hợp tác xã <b>rau</b> & "sạch"', 'Hợp tác xã rau & "sạch"'].map((title) => previewImage({ ...preview, title })),
    );
    expect(a!.equals(b!)).toBe(false);
    const ink = async (png: Buffer) => (await pixels(png)).count(TITLE_INK, { top: 128, bottom: 490 });
    // "<b>" and "</b>" drawn as the seven letters they are, not taken as bold type: more ink than the words alone.
    expect(await ink(markup!)).toBeGreaterThan((await ink(words!)) * 1.15);
  });

  test('draws the same picture whether drawn alone or beside others, with nothing left of the title drawn before', async () => {
    const titles = ['Về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua cao điểm '.repeat(2), 'Thôn Đồng Xá', 'Tiểu khu 5'];
    const together = await Promise.all(titles.map((title) => previewImage({ ...preview, title })));
    for (const [i, title] of titles.entries()) expect((await previewImage({ ...preview, title })).equals(together[i]!)).toBe(true);
    // One line at the top of the title's room, just after a title that filled it: paper below that line.
    const short = await pixels(together[1]!);
    expect(short.count(TITLE_INK, { top: 128, bottom: 220 })).toBeGreaterThan(1_000);
    expect(short.count(PAPER, { top: 240, bottom: 490 })).toBe((490 - 240) * PREVIEW_SIZE.width);
  });
});
