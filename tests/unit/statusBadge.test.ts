import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import StatusBadge from '../../src/components/StatusBadge.astro';

/** The badge's text as a resident reads it, for a campaign of `period` on the day `today`. */
async function badge(period: { startsAt?: Date; endsAt: Date }, today: string): Promise<string> {
  const container = await AstroContainer.create();
  const html = await container.renderToString(StatusBadge, { props: { period, today: new Date(today) } });
  return html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}

const period = { startsAt: new Date('2026-12-10T00:00:00+07:00'), endsAt: new Date('2026-12-31T00:00:00+07:00') };

describe('StatusBadge', () => {
  // Counted on the day the site was built: the badge says which day, so a count is never silently stale.
  test('a campaign to come counts the days to its start, as of the day of the build (in Việt Nam)', async () => {
    expect(await badge(period, '2026-12-03T18:00:00Z')).toBe('Sắp diễn ra · Bắt đầu sau 6 ngày (tính đến ngày 04/12/2026)');
  });

  test('the day it counted from is a machine-readable date', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(StatusBadge, { props: { period, today: new Date('2026-12-03T18:00:00Z') } });
    expect(html).toMatch(/<time datetime="2026-12-04"[^>]*>04\/12\/2026<\/time>/);
  });

  test('a campaign under way counts the days left, its last day included', async () => {
    expect(await badge(period, '2026-12-30T03:00:00Z')).toBe('Đang diễn ra · Còn 2 ngày (tính đến ngày 30/12/2026)');
  });

  // "Còn 1 ngày" was read as "it ends tomorrow".
  test('on its last day, a campaign says so', async () => {
    expect(await badge(period, '2026-12-31T16:30:00Z')).toBe('Đang diễn ra · Ngày cuối (tính đến ngày 31/12/2026)');
  });

  test('a campaign that has ended gives no count and no date', async () => {
    expect(await badge(period, '2027-01-01T03:00:00Z')).toBe('Đã kết thúc');
  });
});
