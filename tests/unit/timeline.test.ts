import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import Timeline from '../../src/components/Timeline.astro';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Each milestone's text as a screen reader reads it, in the order of the list, on the day `today`. */
async function timeline(milestones: { date: Date; label: string }[], today: string): Promise<string[]> {
  const container = await AstroContainer.create();
  const html = await container.renderToString(Timeline, { props: { milestones, today: new Date(today) } });
  return [...html.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map(([, item]) => item!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
}

describe('Timeline', () => {
  test('lists milestones in the order of their days, and says which are passed, today or ahead (in Việt Nam)', async () => {
    const milestones = [
      { date: day('2026-12-31'), label: 'Tổng kết' },
      { date: day('2026-12-01'), label: 'Phát động' },
      { date: day('2026-12-08'), label: 'Đại hội' },
    ];
    // 18:00 UTC on 7 December is 01:00 on 8 December in Việt Nam.
    expect(await timeline(milestones, '2026-12-07T18:00:00Z')).toEqual([
      '1 tháng 12 năm 2026 (đã qua) Phát động',
      '8 tháng 12 năm 2026 (hôm nay) Đại hội',
      '31 tháng 12 năm 2026 (sắp tới) Tổng kết',
    ]);
  });
});
