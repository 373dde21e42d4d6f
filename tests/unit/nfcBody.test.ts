import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { nfcBody } from '../../src/lib/nfcBody';

const render = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [nfcBody] })).html;

describe('nfcBody', () => {
  test('publishes a body typed in decomposed Unicode in NFC, headings and lists too', async () => {
    const typed = '## Năm 2025\n\nChị được khen thưởng.\n\n- Hộ gia đình\n\n![Bà con góp đất](anh.jpg "Đường thôn")\n'.normalize('NFD');
    const html = await render(typed);
    expect(html).toBe(html.normalize('NFC'));
    expect(html).toContain('Chị được khen thưởng.');
    expect(html).toContain('Năm 2025');
    expect(html).toContain('Hộ gia đình');
    expect(html).toContain('alt="Bà con góp đất"');
    expect(html).toContain('title="Đường thôn"');
  });

  test('writes Đ for the Icelandic Ð of a text converted from an old Vietnamese encoding', async () => {
    const html = await render('Chi bộ ðã họp trước ÐẠI HỘI.\n');
    expect(html).toContain('Chi bộ đã họp trước ĐẠI HỘI.');
  });

  test('is left out of a body already in NFC', () => {
    const context = { fileURL: undefined, sourceFormat: 'markdown', data: {} } as const;
    const factory = nfcBody as (ctx: typeof context & { source: string }) => unknown;
    expect(factory({ ...context, source: 'Thôn **Đồng Xá** ra quân làm đường.' })).toBeNull();
    expect(factory({ ...context, source: 'Thôn Đồng Xá'.normalize('NFD') })).not.toBeNull();
  });
});
