import { describe, expect, test } from 'vitest';
import { namesById } from '../../src/lib/namesById';

describe('namesById', () => {
  test('maps each entry id to its name', () => {
    const names = namesById([
      { id: 'thon-dong-xa', data: { name: 'Thôn Đồng Xá' } },
      { id: 'tieu-khu-1', data: { name: 'Tiểu khu 1' } },
    ]);
    expect(names.get('thon-dong-xa')).toBe('Thôn Đồng Xá');
    expect([...names.keys()]).toEqual(['thon-dong-xa', 'tieu-khu-1']);
  });
});
