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

// Keystatic's link box refuses "javascript:", but a text pasted into the editor brings its links as they are.
describe("the CMS's text and its links", () => {
  const textLinking = (...hrefs: string[]) => ({
    doc: {
      descendants: (visit: (node: unknown) => void) =>
        hrefs.forEach((href) => visit({ type: { name: 'text' }, attrs: {}, marks: [{ type: { name: 'link' }, attrs: { href } }] })),
    },
  });

  test('saves links to pages, mails, calls and the site\'s own pages', () => {
    expect(() => body.validate(textLinking('https://thanhhoa.gov.vn/', 'mailto:a@b.vn', 'tel:0237', '../tin-khac/'))).not.toThrow();
  });

  test('refuses a link that runs code, in a text without photos too, quoting it', () => {
    expect(() => body.validate(textLinking('https://thanhhoa.gov.vn/', 'javascript:alert(1)'))).toThrow(
      'Trong nội dung có liên kết “javascript:alert(1)” không dẫn tới trang nào (thường do dán từ trang web khác)',
    );
    const plan = cms.collections!.plans!.schema.body as unknown as { validate: (state: unknown) => unknown };
    expect(() => plan.validate(textLinking('data:text/html,abc'))).toThrow('liên kết “data:text/html,abc”');
  });
});
