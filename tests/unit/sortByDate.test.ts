import { describe, expect, test } from 'vitest';
import { sortNewestFirst } from '../../src/lib/sortByDate';

describe('sortNewestFirst', () => {
  test('puts the newest first and undated entries last, without changing the input', () => {
    const input = [
      { id: 'old', at: new Date('2024-01-01') },
      { id: 'none', at: undefined },
      { id: 'new', at: new Date('2025-01-01') },
    ];
    expect(sortNewestFirst(input, (e) => e.at).map((e) => e.id)).toEqual(['new', 'old', 'none']);
    expect(input[0]!.id).toBe('old');
  });
});
