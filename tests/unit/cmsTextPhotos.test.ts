import { describe, expect, test } from 'vitest';
import cms from '../../keystatic.config';

// The text of news and stories refuses to save photos without a description (the build would stop on them), and says
// which, counted from the top: in a long text, a count alone left the editor to open every photo's box.
const body = cms.collections!.news!.schema.body as unknown as { validate: (state: unknown) => unknown };

/** The editor's state as far as the check reads it: the photos in the text, in order, with their descriptions. */
const textWith = (alts: string[]) => ({
  doc: {
    descendants: (visit: (node: unknown) => void) =>
      alts.forEach((alt, i) => visit({ type: { name: 'image' }, attrs: { alt, filename: `anh-${i + 1}.jpg` } })),
  },
});

describe("the CMS's text and its photos", () => {
  test('names the places of the photos without a description, counted from the top', () => {
    expect(() => body.validate(textWith(['', 'Cổng làng', ' ']))).toThrow('Còn 2 ảnh trong nội dung chưa có “Mô tả ảnh” (ảnh thứ 1 và 3, đếm từ trên xuống)');
    expect(() => body.validate(textWith(['Cổng làng', '', 'Sân đình', '']))).toThrow('(ảnh thứ 2 và 4, đếm từ trên xuống)');
    expect(() => body.validate(textWith(['', '', '']))).toThrow('Còn 3 ảnh trong nội dung chưa có “Mô tả ảnh” (ảnh thứ 1, 2 và 3,');
  });
});
