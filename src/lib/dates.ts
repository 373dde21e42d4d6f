import { t } from '../i18n/t';

/** The commune's time zone: every date a resident reads is a date in Việt Nam. */
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const BUILT_AT = new Date();

/**
 * "Today" for the pages (a campaign's status, its days left, the milestones passed): the moment the build began, so
 * that pages written either side of midnight agree; the site is as of its last build (README, daily rebuild). In the
 * dev server, which an editor may leave running for days, the moment of each page view.
 */
export const today = (): Date => (import.meta.env.DEV ? new Date() : BUILT_AT);

const DAY_PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const SHORT = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** The calendar day in Việt Nam as YYYY-MM-DD, for `<time datetime>` and for comparing days. */
export function isoDay(date: Date): string {
  return DAY_PARTS.format(date);
}

/**
 * A date as residents read it: "31 tháng 12 năm 2025" (long, as in official documents) or "31/12/2025" (short).
 */
export function formatDate(date: Date, style: 'long' | 'short' = 'long'): string {
  if (style === 'short') return SHORT.format(date);
  const [year, month, day] = isoDay(date).split('-').map(Number);
  return t('date.long', { day: String(day), month: String(month), year: String(year) });
}

/** The year in Việt Nam, for grouping and filtering by year. */
export function yearOf(date: Date): number {
  return Number(isoDay(date).slice(0, 4));
}

/** Whole calendar days (in Việt Nam) from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: Date, to: Date): number {
  const midnight = (d: Date) => Date.parse(`${isoDay(d)}T00:00:00Z`);
  return Math.round((midnight(to) - midnight(from)) / 86_400_000);
}

/**
 * A campaign's period as words and days in their order ("Từ ", start, " đến ", end); one without a recorded start runs
 * "from the day of issue". For formatPeriod, and for a page that sets each day in <time> (Period.astro).
 */
export function periodParts(period: { startsAt?: Date | undefined; endsAt: Date }): (string | Date)[] {
  const days = { start: period.startsAt, end: period.endsAt };
  // The dictionary's sentence with {start} and {end} left in, split where each day goes: every other part is a name.
  const parts = t(period.startsAt ? 'plan.periodRange' : 'plan.periodFromIssue').split(/\{(start|end)\}/);
  return parts.map((part, i) => (i % 2 === 0 ? part : days[part as keyof typeof days]!)).filter((part) => part !== '');
}

/** A campaign's period in words. */
export function formatPeriod(period: { startsAt?: Date | undefined; endsAt: Date }): string {
  return periodParts(period)
    .map((part) => (typeof part === 'string' ? part : formatDate(part)))
    .join('');
}
