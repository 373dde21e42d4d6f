import type { CollectionEntry } from 'astro:content';
import { t } from '../i18n/t';
import { formatPeriod } from './dates';
import { lowerFirst } from './nameInSentence';

type Plan = CollectionEntry<'plans'>['data'];

/**
 * What a plan's page is, in a sentence or two, for a link shared on Zalo or Facebook, search engines and the feed: the
 * whole issued text, who issued it and when it runs (not its sections: each plan has its own). Its title alone is
 * already the preview's headline.
 */
export function planDescription(plan: Pick<Plan, 'issuer' | 'startsAt' | 'endsAt'>): string {
  // After the colon the period runs on in the sentence: "Thời gian thực hiện: từ ngày…".
  return t('plan.description', { issuer: plan.issuer, period: lowerFirst(formatPeriod(plan)) });
}
