import type { CollectionEntry } from 'astro:content';

type Plan = CollectionEntry<'plans'>['data'];

/**
 * When a plan was issued, or else began: the day a feed dates it by, and (else its last day) the year search files it
 * under. Neither may be recorded ("Để trống nếu bản lưu không ghi").
 */
export function planDate(plan: Pick<Plan, 'issuedAt' | 'startsAt'>): Date | undefined {
  return plan.issuedAt ?? plan.startsAt;
}
