import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import Period from '../../src/components/Period.astro';
import { formatPeriod } from '../../src/lib/dates';

const render = async (period: { startsAt?: Date; endsAt: Date }) =>
  (await AstroContainer.create()).renderToString(Period, { props: { period } });
const text = (html: string) => html.replace(/<[^>]+>/g, '');

test('a period with its first day: both days in words, each in a <time> for machines', async () => {
  const period = { startsAt: new Date('2025-07-10'), endsAt: new Date('2025-12-31') };
  const html = await render(period);
  expect(text(html)).toBe(formatPeriod(period));
  expect(text(html)).toBe('Từ ngày 10 tháng 7 năm 2025 đến ngày 31 tháng 12 năm 2025');
  expect(html).toMatch(/<time datetime="2025-07-10"[^>]*>10 tháng 7 năm 2025<\/time>/);
  expect(html).toMatch(/<time datetime="2025-12-31"[^>]*>31 tháng 12 năm 2025<\/time>/);
});

test('a period from the day the plan is issued: its last day alone', async () => {
  const period = { endsAt: new Date('2025-12-31') };
  const html = await render(period);
  expect(text(html)).toBe('Từ ngày ban hành đến ngày 31 tháng 12 năm 2025');
  expect(html.match(/<time /g)).toHaveLength(1);
});
