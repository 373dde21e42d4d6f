import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { wordPaste } from '../../src/lib/wordPaste';

const render = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [wordPaste] })).html.replace(/\n/g, '');

// Word's padding after a list mark, as the CMS saved it from a pasted Word list (seen in its editor, 7 December).
const PAD = '\u00A0 \u00A0 \u00A0 \u00A0 \u00A0 \u00A0 \u00A0 ';

describe('wordPaste', () => {
  test("makes Word's bullets a list, with their words and marks kept and the padding gone", async () => {
    const html = await render(`Thực hiện Kế hoạch số 01/KH-UBND:\n\n·${PAD}Tặng **Giấy khen** cho 15 tập thể;\n\n·${PAD}Tặng Giấy khen cho 20 cá nhân.\n\nThời gian: 8h00.\n`);
    expect(html).toBe('<p>Thực hiện Kế hoạch số 01/KH-UBND:</p><ul><li>Tặng <strong>Giấy khen</strong> cho 15 tập thể;</li><li>Tặng Giấy khen cho 20 cá nhân.</li></ul><p>Thời gian: 8h00.</p>');
  });

  test('drops the paragraph of spaces that Word’s empty lines leave, which ends no list', async () => {
    expect(await render('Nội dung.\n\n\u00A0\n')).toBe('<p>Nội dung.</p>');
    expect(await render(`·${PAD}Một\n\n\u00A0\n\n·${PAD}Hai\n`)).toBe('<ul><li>Một</li><li>Hai</li></ul>');
  });

  test('numbers items that count on, from their own number, and starts a new list where the count breaks', async () => {
    const html = await render(`1.${PAD}Mục đích\n\n2.${PAD}Yêu cầu\n\nVăn bản.\n\n3.${PAD}Nội dung\n\n1.${PAD}Lại từ đầu\n`);
    expect(html).toBe('<ol><li>Mục đích</li><li>Yêu cầu</li></ol><p>Văn bản.</p><ol start="3"><li>Nội dung</li></ol><ol><li>Lại từ đầu</li></ol>');
  });

  test("nests Word's levels by their bullets; a lettered item keeps its letter, with one space", async () => {
    const levels = await render(`·${PAD}Tập thể\n\no${PAD}Thôn Đồng Xá\n\n§${PAD}Chi hội Phụ nữ\n\no${PAD}Tiểu khu 5\n\n·${PAD}Cá nhân\n`);
    expect(levels).toBe('<ul><li>Tập thể<ul><li>Thôn Đồng Xá<ul><li>Chi hội Phụ nữ</li></ul></li><li>Tiểu khu 5</li></ul></li><li>Cá nhân</li></ul>');
    const lettered = await render(`a)${PAD}Về tập thể\n\nđ)${PAD}Về hộ gia đình\n`);
    expect(lettered).toBe('<p>a) Về tập thể</p><p>đ) Về hộ gia đình</p>');
  });

  test('leaves alone marks typed with a plain space or one no-break space, numbers in a sentence, a body without no-break spaces', async () => {
    expect(await render('· Tặng Giấy khen\u00A0cho 15 tập thể.\n\n1.5\u00A0ha đất được hiến.\n')).toBe('<p>· Tặng Giấy khen\u00A0cho 15 tập thể.</p><p>1.5\u00A0ha đất được hiến.</p>');
    expect(await render('·    Tặng Giấy khen cho 20 cá nhân.\n')).toBe('<p>·    Tặng Giấy khen cho 20 cá nhân.</p>');
    // A line of dialogue with one no-break space after its dash: Word pads a list's mark with more.
    expect(await render('–\u00A0Anh E chia sẻ: “Hiến đất là việc nên làm.”\n')).toBe('<p>–\u00A0Anh E chia sẻ: “Hiến đất là việc nên làm.”</p>');
  });
});
