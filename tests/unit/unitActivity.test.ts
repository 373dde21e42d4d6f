import { describe, expect, test } from 'vitest';
import { unitActivity } from '../../src/lib/unitActivity';

describe('unitActivity', () => {
  test("gathers a unit's news, stories and the decisions commending its people, in the order given", () => {
    const lists = {
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
});
