import { describe, expect, test } from 'vitest';
import { referencing } from '../../src/lib/references';

describe('referencing', () => {
  const plans = [
    { id: 'a', bases: [{ id: 'luat' }, { id: 'ct-39' }] },
    { id: 'b', bases: [{ id: 'ct-39' }] },
    { id: 'c', bases: [] },
  ];

  test('finds the entries whose list of references names the id', () => {
    expect(referencing(plans, 'luat', (p) => p.bases).map((p) => p.id)).toEqual(['a']);
    expect(referencing(plans, 'ct-39', (p) => p.bases).map((p) => p.id)).toEqual(['a', 'b']);
  });

  test('accepts a single reference or none', () => {
    const stories = [{ unit: { id: 'dong-xa' } }, { unit: undefined }];
    expect(referencing(stories, 'dong-xa', (s) => s.unit)).toHaveLength(1);
  });
});
