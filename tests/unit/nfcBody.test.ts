import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { nfcBody } from '../../src/lib/nfcBody';

const render = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [nfcBody] })).html;

describe('nfcBody', () => {
  test('publishes a body typed in decomposed Unicode in NFC, headings and lists too', async () => {
    const typed = '## Năm 2025\n\nChị được khen thưởng.\n\n- Hộ gia đình\n'.normalize('NFD');
    const html = await render(typed);
    expect(html).toBe(html.normalize('NFC'));
    expect(html).toContain('Chị được khen thưởng.');
    expect(html).toContain('Năm 2025');
    expect(html).toContain('Hộ gia đình');
  });

  test('leaves a body already in NFC as it renders without the plugin', async () => {
    const body = 'Thôn **Đồng Xá** ra quân làm đường.';
    expect(await render(body)).toBe(markdownToHtml(body).html);
  });
});
