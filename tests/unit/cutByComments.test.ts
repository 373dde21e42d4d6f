import { describe, expect, test } from 'vitest';
import { cutByComments, yamlOf } from '../../src/lib/cutByComments';

describe('cutByComments', () => {
  test('finds a value cut at " #", with its field, what was kept and what YAML dropped', () => {
    const yaml = 'title: Đường thôn #nongthonmoi\ncover:\n  alt: Con đường # mới\ntags:\n  - a #b\n';
    expect(cutByComments(yaml)).toEqual([
      { field: 'title', kept: 'Đường thôn', lost: '#nongthonmoi' },
      { field: 'cover.alt', kept: 'Con đường', lost: '# mới' },
      { field: 'tags', kept: 'a', lost: '#b' },
    ]);
  });

  test('leaves alone a quoted "#", a "#" inside a word, and a line that is a comment of its own', () => {
    expect(cutByComments('title: "Đường thôn #nongthonmoi"\nsummary: Số#1\n# ghi chú\nplan: p\n')).toEqual([]);
  });

  test('reads the front matter of a Markdown entry, not its text, whose "# " is a heading', () => {
    const markdown = '---\ntitle: Tin #một\n---\n\n# Tiêu đề #hai\n';
    expect(yamlOf('content/news/tin/index.md', markdown)).toBe('title: Tin #một');
    expect(cutByComments(yamlOf('content/news/tin/index.md', markdown))).toEqual([{ field: 'title', kept: 'Tin', lost: '#một' }]);
    expect(yamlOf('content/units/thon.yaml', 'name: Thôn\n')).toBe('name: Thôn\n');
  });
});
