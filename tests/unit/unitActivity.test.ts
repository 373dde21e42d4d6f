import { describe, expect, test } from 'vitest';
import type { UnitKind } from '../../src/lib/options';
import { unitActivity } from '../../src/lib/unitActivity';

describe('unitActivity', () => {
  test("gathers a unit's news, stories and the decisions commending its people, in the order given", () => {
    const lists = {
      units: [],
      news: [
        { id: 'n2', data: { units: [{ id: 'thon-dong-xa' }, { id: 'hoi-nong-dan' }] } },
        { id: 'n1', data: { units: [{ id: 'tieu-khu-5' }] } },
        { id: 'n0', data: { units: [{ id: 'thon-dong-xa' }] } },
      ],
      stories: [
        { id: 's1', data: { unit: { id: 'thon-dong-xa' } } },
        { id: 's0', data: { unit: { id: 'tieu-khu-5' } } },
      ],
      awards: [
        { id: 'a1', data: { recipients: [{ unit: { id: 'tieu-khu-5' } }, { unit: undefined }] } },
        { id: 'a0', data: { recipients: [{}, { unit: { id: 'thon-dong-xa' } }, { unit: { id: 'thon-dong-xa' } }] } },
      ],
    };
    const activityOf = unitActivity(lists);
    const activity = activityOf('thon-dong-xa');
    expect(activity.news.map((e) => e.id)).toEqual(['n2', 'n0']);
    expect(activity.stories.map((e) => e.id)).toEqual(['s1']);
    expect(activity.awards.map((e) => e.id)).toEqual(['a0']);
    const other = activityOf('tieu-khu-5');
    expect([other.news, other.stories, other.awards].map((list) => list.map((e) => e.id))).toEqual([['n1'], ['s0'], ['a1']]);
    expect(activityOf('hoi-cuu-chien-binh')).toEqual({ news: [], stories: [], awards: [] });
  });

  test('a village also lists what is about the units that sit in it, each entry once', () => {
    const unit = (id: string, kind: UnitKind, village?: string) => ({ id, data: { name: id, kind, village: village ? { id: village } : undefined } });
    const activityOf = unitActivity({
      units: [unit('thon-dong-xa', 'thon'), unit('htx-dong-xa', 'hop-tac-xa', 'thon-dong-xa'), unit('hoi-nong-dan', 'doan-the')],
      news: [
        { id: 'n3', data: { units: [{ id: 'htx-dong-xa' }, { id: 'thon-dong-xa' }] } },
        { id: 'n2', data: { units: [{ id: 'hoi-nong-dan' }] } },
        { id: 'n1', data: { units: [{ id: 'htx-dong-xa' }] } },
      ],
      stories: [{ id: 's1', data: { unit: { id: 'htx-dong-xa' } } }],
      awards: [{ id: 'a1', data: { recipients: [{ unit: { id: 'htx-dong-xa' } }] } }],
    });
    expect(activityOf('thon-dong-xa')).toEqual({
      news: [expect.objectContaining({ id: 'n3' }), expect.objectContaining({ id: 'n1' })],
      stories: [expect.objectContaining({ id: 's1' })],
      awards: [expect.objectContaining({ id: 'a1' })],
    });
    // The cooperative keeps its own; an organisation of the whole commune gains nothing from it.
    expect(activityOf('htx-dong-xa').news.map((e) => e.id)).toEqual(['n3', 'n1']);
    expect(activityOf('hoi-nong-dan').news.map((e) => e.id)).toEqual(['n2']);
  });
});
