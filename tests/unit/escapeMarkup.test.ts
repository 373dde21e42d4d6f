import { expect, test } from 'vitest';
import { cssString, escapeMarkup } from '../../src/lib/escapeMarkup';

test('a title with markup characters stays text in HTML, XML and Pango alike', () => {
  expect(escapeMarkup('Hội "Nông dân" & <Thôn> Đồng Xá\'s')).toBe('Hội &quot;Nông dân&quot; &amp; &lt;Thôn&gt; Đồng Xá&#39;s');
  expect(escapeMarkup('Đồng Xá')).toBe('Đồng Xá');
});

test('a committee\'s name in a CSS string stays one string, and cannot end the <style> it is in', () => {
  expect(cssString('Nguồn: Ủy ban nhân dân xã Hà Trung, https://x.vn/don-vi/')).toBe('"Nguồn: Ủy ban nhân dân xã Hà Trung, https://x.vn/don-vi/"');
  expect(cssString('Hội "A" \\ </style>\nB')).toBe('"Hội \\22 A\\22  \\5c  \\3c /style>\\a B"');
});
