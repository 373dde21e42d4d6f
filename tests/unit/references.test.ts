import { describe, expect, test } from 'vitest';
import { referencing } from '../../src/lib/references';

describe('referencing', () => {
  const plans = [
    { id: 'a', bases: [{ id: 'luat' }, { id: 'ct-39' }] },
    { id: 'b', bases: [{ id: 'ct-39' }] },
    { id: 'c', bases: [] },
  ];

  test('finds the entries whose list of references names the id, in their order', () => {
    const citing = referencing(plans, (p) => p.bases);
    expect(citing('luat').map((p) => p.id)).toEqual(['a']);
    expect(citing('ct-39').map((p) => p.id)).toEqual(['a', 'b']);
    expect(citing('nd-98')).toEqual([]);
  });

  test('accepts a single reference or none', () => {
    const stories = [{ unit: { id: 'dong-xa' } }, { unit: undefined }];
    expect(referencing(stories, (s) => s.unit)('dong-xa')).toHaveLength(1);
  });

  test('lists an entry once when it names the same id twice', () => {
    const decisions = [{ id: 'qd-1', units: [{ id: 'dong-xa' }, { id: 'dong-xa' }] }];
    expect(referencing(decisions, (d) => d.units)('dong-xa').map((d) => d.id)).toEqual(['qd-1']);
  });
});
