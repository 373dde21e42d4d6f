import { describe, expect, test } from 'vitest';
import { referencing, storyAwardLinks } from '../../src/lib/references';

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

describe('storyAwardLinks', () => {
  // The CMS lets an editor link one side only: qd-2 names story b, which does not cite it; story a cites qd-1 only.
  const stories = [
    { id: 'a', data: { awards: [{ id: 'qd-1' }] } },
    { id: 'b', data: { awards: [] } },
  ];
  const awards = [
    { id: 'qd-1', data: { recipients: [{ story: { id: 'a' } }] } },
    { id: 'qd-2', data: { recipients: [{ story: undefined }, { story: { id: 'b' } }] } },
  ];
  const { storiesOf, awardsOf } = storyAwardLinks(stories, awards);

  test('links a story and a decision whichever side names the other, each once', () => {
    expect(awardsOf(stories[0]!).map((a) => a.id)).toEqual(['qd-1']);
    expect(awardsOf(stories[1]!).map((a) => a.id)).toEqual(['qd-2']);
    expect(storiesOf('qd-1').map((s) => s.id)).toEqual(['a']);
    expect(storiesOf('qd-2').map((s) => s.id)).toEqual(['b']);
  });
});
