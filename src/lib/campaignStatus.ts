import { daysBetween } from './dates';

type CampaignState = 'upcoming' | 'ongoing' | 'ended';

interface CampaignStatus {
  state: CampaignState;
  /** Days until the start (upcoming), until the last day inclusive (ongoing), or 0 (ended). */
  days: number;
}

/**
 * Where a campaign stands on `today`, by calendar days in Việt Nam. A campaign without a recorded start
 * (it runs "from the day the plan is issued") counts as started. The last day still counts as ongoing.
 */
export function campaignStatus(
  period: { startsAt?: Date | undefined; endsAt: Date },
  today: Date,
): CampaignStatus {
  if (period.startsAt && daysBetween(today, period.startsAt) > 0) {
    return { state: 'upcoming', days: daysBetween(today, period.startsAt) };
  }
  const left = daysBetween(today, period.endsAt);
  if (left < 0) return { state: 'ended', days: 0 };
  return { state: 'ongoing', days: left + 1 };
}
