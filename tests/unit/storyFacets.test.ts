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
  const units = [
    { id: 'tieu-khu-1', data: { name: 'Tiểu khu 1', kind: 'tieu-khu' as const } },
    { id: 'thon-dong-xa', data: { name: 'Thôn Đồng Xá', kind: 'thon' as const } },
    { id: 'thon-khac', data: { name: 'Thôn Khác', kind: 'thon' as const } },
  ];
  const facets = storyFacets(stories, units);
  const pick = (facet: string) => facets.find((f) => f.facet === facet)!.values.map((v) => [v.value, v.label, v.stories.map((s) => s.id)]);

  test('offers each kind of subject that some story has, with its Vietnamese name', () => {
    expect(pick('doi-tuong')).toEqual([
      ['tap-the', 'Tập thể', ['b']],
      ['ca-nhan', 'Cá nhân', ['a', 'c']],
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

  test("a village also offers the stories of the units that sit in it, and each such unit its own", () => {
    const withCooperative = [...stories, story('d', 'tap-the', 'htx-dong-xa', 'nong-nghiep', '2025-03-01')];
    const cooperative = { id: 'htx-dong-xa', data: { name: 'Hợp tác xã Đồng Xá', kind: 'hop-tac-xa' as const, village: { id: 'thon-dong-xa' } } };
    const byUnit = storyFacets(withCooperative, [...units, cooperative]).find((f) => f.facet === 'don-vi')!.values;
    expect(byUnit.map((v) => [v.value, v.stories.map((s) => s.id)])).toEqual([
      ['htx-dong-xa', ['d']],
      ['thon-dong-xa', ['a', 'c', 'd']],
      ['tieu-khu-1', ['b']],
    ]);
  });
});
