import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import Paragraphs from '../../src/components/Paragraphs.astro';

// Typed in the CMS's multi-line box with a blank line between, a unit's introduction came out as one paragraph.
test('a text with blank lines between its paragraphs is set one <p> to each, lines within a paragraph kept together', async () => {
  const container = await AstroContainer.create();
  const text = 'Thôn Đồng Xá có 320 hộ.\nNhân dân đoàn kết.\n\n  \nChi bộ thôn lãnh đạo phong trào.\n';
  // The dev build marks each element with its source; what a reader gets is the elements and their text.
  const html = (await container.renderToString(Paragraphs, { props: { text, class: 'prose' } })).replace(/ data-astro-source-[a-z]+="[^"]*"/g, '');
  expect(html).toBe('<div class="prose"><p>Thôn Đồng Xá có 320 hộ.\nNhân dân đoàn kết.</p><p>Chi bộ thôn lãnh đạo phong trào.</p></div>');
});
