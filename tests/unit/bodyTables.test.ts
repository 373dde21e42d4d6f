import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { bodyTables } from '../../src/lib/bodyTables';

const render = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [bodyTables] })).html;

describe('bodyTables', () => {
  test('puts a table in a box named "Bảng" that the keyboard reaches', async () => {
    const html = await render('| Đơn vị | Đã hoàn thành |\n|---|---|\n| Thôn Đồng Xá | 2 |\n');
    expect(html).toMatch(/^<section class="table-scroll" tabindex="0" aria-label="Bảng"><table>/);
    expect(html.trim()).toMatch(/<\/table><\/section>$/);
  });

  test('makes a first column of names the headers of their rows, links, marks and alignment kept', async () => {
    const html = await render('| Đơn vị | Đã hoàn thành |\n|:--|--:|\n| Thôn **Đồng Xá** | 2 |\n| [Tiểu khu 5](/don-vi/tieu-khu-5/) | 0 |\n');
    expect(html).toContain('<th style="text-align: left" scope="row">Thôn <strong>Đồng Xá</strong></th>\n<td style="text-align: right">2</td>');
    expect(html).toContain('<th style="text-align: left" scope="row"><a href="/don-vi/tieu-khu-5/">Tiểu khu 5</a></th>');
    // The column headers say they head columns.
    expect(html).toContain('<th style="text-align: left" scope="col">Đơn vị</th>');
    expect(html).toContain('<th style="text-align: right" scope="col">Đã hoàn thành</th>');
  });

  test('leaves as data a first column that numbers the rows, or has an empty cell, and a table of one column', async () => {
    const numbered = await render('| STT | Đơn vị |\n|---|---|\n| 1 | Thôn Đồng Xá |\n| 2 | Tiểu khu 5 |\n| Tổng cộng | 2 đơn vị |\n');
    expect(numbered).not.toContain('scope="row"');
    expect(numbered).toContain('<td>1</td>');
    const gap = await render('| Đơn vị | Việc |\n|---|---|\n| Thôn Đồng Xá | Làm đường |\n|  | Hiến đất |\n');
    expect(gap).not.toContain('scope="row"');
    const single = await render('| Đơn vị |\n|---|\n| Thôn Đồng Xá |\n');
    expect(single).not.toContain('scope="row"');
    expect(single).toContain('<td>Thôn Đồng Xá</td>');
  });
});
