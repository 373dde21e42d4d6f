import { describe, expect, test } from 'vitest';
import { indexedText } from '../../src/lib/indexedText';

const words = (html: string) => indexedText(html).split(/\s+/).filter(Boolean);

describe('indexedText', () => {
  test('gives the words of every element, labels and links included', () => {
    expect(words('<p class="muted">Quyết định số 226</p><div><span>Đơn vị:</span> <a href="/don-vi/x/">Thôn Đồng Xá</a></div>')).toEqual(
      ['Quyết', 'định', 'số', '226', 'Đơn', 'vị:', 'Thôn', 'Đồng', 'Xá'],
    );
  });

  test('runs words together where Pagefind does: across inline elements, not across blocks or <br>', () => {
    expect(words('<p>Thôn</p><p>Đồng</p><span>Hà</span><b>Đông</b><td>Xã</td><br>Đình')).toEqual(['Thôn', 'Đồng', 'HàĐông', 'Xã', 'Đình']);
  });

  test('leaves out what data-pagefind-ignore holds, however deep', () => {
    expect(words('<p>Đại hội</p><div data-pagefind-ignore><p>Đăng <b>đây</b></p></div><p data-pagefind-ignore="all">điện</p>')).toEqual(['Đại', 'hội']);
  });

  test('leaves out the elements Pagefind skips, in any case, and attributes such as alt text', () => {
    const html = '<nav>Điều hướng</nav><NAV>Đi</NAV><form><label>Địa chỉ</label></form><script>đ()</script><style>.đ{}</style><img alt="Đường làng"><p>đủ</p>';
    expect(words(html)).toEqual(['đủ']);
  });
});
