import { describe, expect, test } from 'vitest';
import { absoluteHtml } from '../../src/lib/absoluteHtml';

const page = 'https://thidua.example.vn/tin-tuc/bai-viet/';

describe('absoluteHtml', () => {
  test('resolves site-relative, relative and fragment links against the page', () => {
    const html = absoluteHtml('<p><a href="/don-vi/thon-dong-xa/">Thôn</a> <a href="anh.jpg">ảnh</a> <a href="#muc-2">mục</a></p>', page);
    expect(html).toBe(
      '<p><a href="https://thidua.example.vn/don-vi/thon-dong-xa/">Thôn</a> <a href="https://thidua.example.vn/tin-tuc/bai-viet/anh.jpg">ảnh</a> <a href="https://thidua.example.vn/tin-tuc/bai-viet/#muc-2">mục</a></p>',
    );
  });

  test('resolves every candidate of a srcset and the src of images', () => {
    const html = absoluteHtml('<img src="/_astro/a.webp" srcset="/_astro/a.webp 400w, /_astro/b.webp 800w" alt="Đường thôn">', page);
    expect(html).toContain('src="https://thidua.example.vn/_astro/a.webp"');
    expect(html).toContain('srcset="https://thidua.example.vn/_astro/a.webp 400w, https://thidua.example.vn/_astro/b.webp 800w"');
  });

  test('leaves absolute, mail and phone links, text and escaped characters as they are', () => {
    const input = '<p>Đ &amp; đ &lt;b&gt; <a href="https://zalo.me/x">Zalo</a> <a href="mailto:vp@xa.vn">thư</a> <a href="tel:02373800000">gọi</a></p>';
    expect(absoluteHtml(input, page)).toBe(input);
  });
});
