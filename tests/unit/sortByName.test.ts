import { describe, expect, test } from 'vitest';
import { sortByName } from '../../src/lib/sortByName';
import { unitsByKind } from '../../src/lib/unitsByKind';

describe('sortByName', () => {
  test('orders Vietnamese names as the alphabet does: Đ after D, a marked letter after the plain one', () => {
    const names = ['Đồng Xá', 'Yên Thái', 'Dân Lực', 'Ấp Mới', 'An Bình', 'đại Lan'];
    expect(sortByName(names, (name) => name)).toEqual(['An Bình', 'Ấp Mới', 'Dân Lực', 'đại Lan', 'Đồng Xá', 'Yên Thái']);
  });

  test('orders numbers by their value', () => {
    expect(sortByName(['Tiểu khu 10', 'Tiểu khu 2', 'Tiểu khu 1'], (name) => name)).toEqual(['Tiểu khu 1', 'Tiểu khu 2', 'Tiểu khu 10']);
  });
});

describe('unitsByKind', () => {
  test('groups units in the order of the kinds, each by name, leaving out kinds without units', () => {
    const unit = (name: string, kind: 'thon' | 'tieu-khu' | 'phong-ban') => ({ data: { name, kind } });
    const groups = unitsByKind([unit('Tiểu khu 5', 'tieu-khu'), unit('Thôn Yên Thái', 'thon'), unit('Phòng Kinh tế', 'phong-ban'), unit('Thôn Đồng Xá', 'thon')]);
    expect(groups.map(({ kind, units }) => [kind, units.map((u) => u.data.name)])).toEqual([
      ['phong-ban', ['Phòng Kinh tế']],
      ['thon', ['Thôn Đồng Xá', 'Thôn Yên Thái']],
      ['tieu-khu', ['Tiểu khu 5']],
    ]);
  });
});
