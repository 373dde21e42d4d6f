import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { cutByComments, impossibleDates, unreadableLine, withoutEmptyFields, yamlOf } from '../../src/lib/yamlText';

describe('cutByComments', () => {
  test('finds a value cut at " #", with its field, what was kept and what YAML dropped', () => {
    const yaml = 'title: Đường thôn #nongthonmoi\ncover:\n  discriminant: true\n  value:\n    alt: Con đường # mới\ntags:\n  - x\n  - a #b\nrecipients:\n  - name: Ông A\n  - name: Bà B #thôn\n';
    expect(cutByComments(parseDocument(yaml))).toEqual([
      { field: 'title', kept: 'Đường thôn', lost: '#nongthonmoi' },
      { field: 'cover.value.alt', kept: 'Con đường', lost: '# mới' },
      { field: 'tags.1', kept: 'a', lost: '#b' },
      { field: 'recipients.1.name', kept: 'Bà B', lost: '#thôn' },
    ]);
  });

  test('leaves alone a quoted "#", a "#" inside a word, and a line that is a comment of its own', () => {
    expect(cutByComments(parseDocument('title: "Đường thôn #nongthonmoi"\nsummary: Số#1\n# ghi chú\nplan: p\n'))).toEqual([]);
  });

  test('reads the front matter of a Markdown entry, not its text, whose "# " is a heading', () => {
    const markdown = '---\ntitle: Tin #một\n---\n\n# Tiêu đề #hai\n';
    expect(yamlOf('content/news/tin/index.md', markdown)).toEqual({ yaml: 'title: Tin #một', firstLine: 2 });
    expect(cutByComments(parseDocument(yamlOf('content/news/tin/index.md', markdown).yaml))).toEqual([{ field: 'title', kept: 'Tin', lost: '#một' }]);
    expect(yamlOf('content/units/thon.yaml', 'name: Thôn\n')).toEqual({ yaml: 'name: Thôn\n', firstLine: 1 });
  });
});

describe('unreadableLine', () => {
  test("the file's line where a hand-typed colon or a tab stopped YAML", () => {
    const colon = '---\ntitle: Tin\nsummary: Thôn Đồng Xá: mở rộng đường\n---\n\nNội dung.\n';
    expect(unreadableLine(yamlOf('content/news/tin/index.md', colon))).toBe(3);
    expect(unreadableLine(yamlOf('content/units/thon.yaml', 'name: Thôn\ncontact:\n\tphone: 1\n'))).toBe(3);
    expect(unreadableLine(yamlOf('content/units/thon.yaml', 'name: "Thôn: Đồng Xá"\n'))).toBeUndefined();
  });
});

describe('withoutEmptyFields', () => {
  test('leaves out the fields typed with nothing after them, at any depth, and keeps dates, lists and their empty items', () => {
    const day = new Date('2025-06-01T00:00:00Z');
    const data = { title: 'Tin', number: null, issuedAt: day, cover: null, signer: { name: 'A', title: null }, recipients: [{ name: 'B', role: null }, null], tags: [] };
    expect(withoutEmptyFields(data)).toEqual({ title: 'Tin', issuedAt: day, signer: { name: 'A' }, recipients: [{ name: 'B' }, null], tags: [] });
    expect((withoutEmptyFields(data) as { issuedAt: unknown }).issuedAt).toBeInstanceOf(Date);
  });
});

const datesIn = (lines: string[]) => impossibleDates(parseDocument(lines.join('\n')));

describe('impossibleDates', () => {
  test('finds dates that do not exist, with their field, in mappings and lists', () => {
    const yaml = ['issuedAt: 2025-13-45', 'milestones:', '  - date: 2025-03-01', '  - date: 2025-02-30', '    label: Mốc', 'endsAt: "2024-02-29"'];
    expect(datesIn(yaml)).toEqual([
      { field: 'issuedAt', value: '2025-13-45' },
      { field: 'milestones.1.date', value: '2025-02-30' },
    ]);
  });

  test('accepts real dates, including 29 February of a leap year, and leaves alone what is not a date', () => {
    expect(datesIn(['issuedAt: 2024-02-29', 'endsAt: 2025-12-31', 'number: 2025-01', 'summary: Từ 2025-02-30 đến nay'])).toEqual([]);
  });
});
