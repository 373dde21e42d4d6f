import { expect, test } from 'vitest';
import { escapeMarkup } from '../../src/lib/escapeMarkup';

test('a title with markup characters stays text in HTML, XML and Pango alike', () => {
  expect(escapeMarkup('Hội "Nông dân" & <Thôn> Đồng Xá\'s')).toBe('Hội &quot;Nông dân&quot; &amp; &lt;Thôn&gt; Đồng Xá&#39;s');
  expect(escapeMarkup('Đồng Xá')).toBe('Đồng Xá');
});
