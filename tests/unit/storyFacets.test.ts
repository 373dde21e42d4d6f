import { describe, expect, test } from 'vitest';
import { storyFacets } from '../../src/lib/storyFacets';

const story = (id: string, kind: 'ca-nhan' | 'tap-the', unit: string, field: 'y-te' | 'nong-nghiep', day: string) => ({
  id,
  data: { subject: { kind }, unit: { id: unit }, field, publishedAt: new Date(`${day}T00:00:00Z`) },
});

describe('storyFacets', () => {
  const stories = [
    story('a', 'ca-nhan', 'thon-dong-xa', 'y-te', '2025-09-01'),
    story('b', 'tap-the', 'tieu-khu-1', 'y-te', '2024-12-31'),
    story('c', 'ca-nhan', 'thon-dong-xa', 'nong-nghiep', '2025-01-02'),
  ];
  const names = new Map([
    ['tieu-khu-1', 'Tiểu khu 1'],
    ['thon-dong-xa', 'Thôn Đồng Xá'],
    ['thon-khac', 'Thôn Khác'],
  ]);
  const facets = storyFacets(stories, names);
  const pick = (facet: string) => facets.find((f) => f.facet === facet)!.values.map((v) => [v.value, v.label, v.stories.map((s) => s.id)]);

  test('offers each kind of subject that some story has, with its Vietnamese name', () => {
    expect(pick('doi-tuong')).toEqual([
      ['ca-nhan', 'Cá nhân', ['a', 'c']],
      ['tap-the', 'Tập thể', ['b']],
    ]);
  });

  test('offers units by name, alphabetically, leaving out units without stories', () => {
    expect(pick('don-vi')).toEqual([
      ['thon-dong-xa', 'Thôn Đồng Xá', ['a', 'c']],
      ['tieu-khu-1', 'Tiểu khu 1', ['b']],
    ]);
  });

  test('offers fields and years, newest year first', () => {
    expect(pick('linh-vuc').map((v) => v[0])).toEqual(['nong-nghiep', 'y-te']);
    expect(pick('nam')).toEqual([
      ['2025', 'Năm 2025', ['a', 'c']],
      ['2024', 'Năm 2024', ['b']],
    ]);
  });
});
