import { describe, expect, test } from 'vitest';
import { checkReferences } from '../../src/lib/checkReferences';
import { problemMessage } from '../../src/lib/fieldLabels';

const unit = (id: string) => ({ id, filePath: `content/units/${id}.yaml`, data: { name: id } });

describe('checkReferences', () => {
  test('accepts references that point at existing entries, at any depth', () => {
    const problems = checkReferences({
      units: [unit('thon-dong-xa')],
      awards: [
        {
          id: 'qd-1',
          filePath: 'content/awards/qd-1.yaml',
          data: { recipients: [{ name: 'A', unit: { id: 'thon-dong-xa', collection: 'units' } }] },
        },
      ],
    });
    expect(problems).toEqual([]);
  });

  test('names the file, the field and what was expected for a reference to nothing', () => {
    const problems = checkReferences({
      units: [unit('thon-dong-xa')],
      stories: [],
      awards: [
        {
          id: 'qd-1',
          filePath: 'content/awards/qd-1.yaml',
          data: {
            issuedAt: new Date('2025-09-01'),
            recipients: [
              { name: 'A', unit: { id: 'thon-dong-xa', collection: 'units' } },
              { name: 'B', unit: { id: 'thon-khong-co', collection: 'units' }, story: { id: 'x', collection: 'stories' } },
            ],
          },
        },
      ],
    });
    expect(problems.map(({ file }) => file)).toEqual(['content/awards/qd-1.yaml', 'content/awards/qd-1.yaml']);
    expect(problems.map((problem) => problemMessage(problem))).toEqual([
      'content/awards/qd-1.yaml, trường "recipients, mục thứ 2, unit": không có mục "thon-khong-co" trong content/units/ (có thể mục đã bị xóa hoặc đổi tên): hãy chọn lại trong trang quản trị',
      'content/awards/qd-1.yaml, trường "recipients, mục thứ 2, story": không có mục "x" trong content/stories/ (có thể mục đã bị xóa hoặc đổi tên): hãy chọn lại trong trang quản trị',
    ]);
  });

  test('reports a reference to a collection that has no entries at all', () => {
    const problems = checkReferences({
      news: [{ id: 'a', filePath: 'content/news/a/index.mdx', data: { plan: { id: 'p', collection: 'plans' } } }],
    });
    expect(problems).toHaveLength(1);
    expect(problemMessage(problems[0]!)).toContain('trường "plan"');
  });

  // Astro's photo is a proxy that marks the original file for publishing when a field other than its path is read.
  test('reads nothing of a photo but its path', () => {
    const read: string[] = [];
    const photo = new Proxy({ src: '/x.jpg', width: 1600, height: 1200, format: 'jpg', fsPath: '/content/x.jpg' }, {
      get(target, name) {
        if (typeof name === 'string') read.push(name);
        return target[name as keyof typeof target];
      },
    });
    const problems = checkReferences({
      stories: [{ id: 'a', filePath: 'content/stories/a/index.md', data: { photo: { image: photo, alt: 'Ảnh' }, unit: { id: 'x', collection: 'units' } } }],
    });
    expect(problems).toHaveLength(1);
    expect(read).toEqual(['fsPath']);
  });
});
