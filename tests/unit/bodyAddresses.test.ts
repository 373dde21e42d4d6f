import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { bodyAddresses } from '../../src/lib/bodyAddresses';
import { schemeOf } from '../../src/lib/webAddresses';

const fileURL = pathToFileURL(join(process.cwd(), 'content/news/thu-lien-ket/index.md'));
const render = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [bodyAddresses], fileURL })).html;
const at = 'content/news/thu-lien-ket/index.md, trường "body": ';

describe('bodyAddresses', () => {
  test('lets links to pages, e-mail addresses, phones and the site\'s own pages through', async () => {
    const html = await render(
      '[Cổng thông tin](https://thanhhoa.gov.vn/), [thư](mailto:vanphong@hatrung.example.vn), [gọi](tel:02373800000), [tin khác](../tin-khac/), [mục 2](#muc-2), <https://chinhphu.vn/>',
    );
    for (const href of ['https://thanhhoa.gov.vn/', 'mailto:vanphong@hatrung.example.vn', 'tel:02373800000', '../tin-khac/', '#muc-2', 'https://chinhphu.vn/']) {
      expect(html).toContain(`href="${href}"`);
    }
  });

  test('stops at a link that would run code on the site, however it is spelled, naming the file, the field and the link', async () => {
    await expect(render('Bấm [vào đây](javascript:alert(1)) để xem.')).rejects.toThrow(
      `${at}liên kết “javascript:alert(1)” không dẫn tới trang nào; cần một địa chỉ web bắt đầu bằng https://`,
    );
    for (const link of ['[x](JAVASCRIPT:alert(1))', '[x](data:text/html,abc)', '[x](&#106;avascript:alert(1))', '<vbscript:msgbox>']) {
      await expect(render(link), link).rejects.toThrow('không dẫn tới trang nào');
    }
  });

  test('stops at HTML in the text, which the CMS never writes, quoting it', async () => {
    await expect(render('Đoạn đầu.\n\n<script>alert(1)</script>\n')).rejects.toThrow(`${at}có mã HTML “<script>alert(1)</script>” trong bài`);
    await expect(render('Ảnh <img src=x onerror="alert(2)"> đây.')).rejects.toThrow('có mã HTML “<img src=x onerror="alert(2)">”');
  });

  // Markdown writes a tab within a link as "%09", which makes no scheme; a browser drops one in an address it is given.
  test('reads a scheme as a browser does', () => {
    expect(schemeOf(' \u0001javascript:x')).toBe('javascript');
    expect(schemeOf('jav\nascript:x')).toBe('javascript');
    expect(schemeOf('HTTPS://x.vn')).toBe('https');
    expect(schemeOf('../tin-khac/')).toBe('');
    expect(schemeOf('/tin-tuc/a:b/')).toBe('');
  });
});
