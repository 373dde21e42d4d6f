import { describe, expect, test } from 'vitest';
import { problemMessage } from '../../src/lib/fieldLabels';
import type { UnitKind } from '../../src/lib/options';
import { villageNames, villageProblems, villagesByName } from '../../src/lib/villages';

const unit = (id: string, kind: UnitKind, village?: string) => ({
  id,
  filePath: `content/units/${id}.yaml`,
  data: { name: `Tên ${id}`, kind, village: village ? { id: village } : undefined },
});

describe('villagesByName', () => {
  test('the thôn and tiểu khu alone, in the order of their names', () => {
    const units = [unit('tieu-khu-5', 'tieu-khu'), unit('hoi-nong-dan', 'doan-the'), unit('thon-dong-xa', 'thon'), unit('htx', 'hop-tac-xa', 'thon-dong-xa')];
    expect(villagesByName(units).map((u) => u.id)).toEqual(['thon-dong-xa', 'tieu-khu-5']);
  });
});

describe('villageProblems', () => {
  test('a unit may sit in a thôn or a tiểu khu', () => {
    expect(
      villageProblems([unit('thon-dong-xa', 'thon'), unit('tieu-khu-5', 'tieu-khu'), unit('htx', 'hop-tac-xa', 'thon-dong-xa'), unit('cty', 'doanh-nghiep', 'tieu-khu-5')]),
    ).toEqual([]);
  });

  test('names the file and the field of a "village" that is not a village, and of a village placed in another', () => {
    expect(
      villageProblems([unit('phong-kinh-te', 'phong-ban'), unit('htx', 'hop-tac-xa', 'phong-kinh-te'), unit('thon-a', 'thon'), unit('thon-b', 'thon', 'thon-a')]).map(
        (problem) => problemMessage(problem),
      ),
    ).toEqual([
      'content/units/htx.yaml, trường "village": "phong-kinh-te" (Tên phong-kinh-te) không phải thôn, tiểu khu (cần một đơn vị loại Thôn hoặc Tiểu khu)',
      'content/units/thon-b.yaml, trường "village": một thôn, tiểu khu không thuộc thôn, tiểu khu khác (để trống trường này)',
    ]);
  });

  test('leaves a village that does not exist to the check of references', () => {
    expect(villageProblems([unit('htx', 'hop-tac-xa', 'thon-khong-co')])).toEqual([]);
  });
});

describe('villageNames', () => {
  const units = [unit('thon-dong-xa', 'thon'), unit('htx', 'hop-tac-xa', 'thon-dong-xa'), unit('cty', 'doanh-nghiep', 'thon-dong-xa'), unit('hoi', 'doan-the')];
  test('names the village a unit sits in, once, and not when the page names the village itself', () => {
    const villagesOf = villageNames(units);
    expect(villagesOf([{ id: 'htx' }, { id: 'cty' }, { id: 'hoi' }])).toEqual(['Tên thon-dong-xa']);
    expect(villagesOf([{ id: 'htx' }, { id: 'thon-dong-xa' }])).toEqual([]);
    expect(villagesOf([{ id: 'hoi' }])).toEqual([]);
  });
});
