import type { CollectionEntry } from 'astro:content';
import { formatList, formatNumber, t } from '../i18n/t';
import { firstWhere } from './firstWhere';
import { lowerFirst, nameInSentence } from './nameInSentence';
import { SUBJECT_KINDS } from './options';
import { sortNewestFirst } from './sortByDate';

type Award = CollectionEntry<'awards'>['data'];

/** Whether a decision has been revoked: it keeps its page, and says so wherever it is shown. */
export function isRevoked(award: Pick<Award, 'status'>): boolean {
  return award.status === 'thu-hoi';
}

/**
 * Decisions as residents read a list of them, as the people honoured: those in force first, then any revoked one,
 * each newest first. A revoked decision stays listed, marked, but does not head the list.
 */
export function decisionsInOrder<T extends { data: Pick<Award, 'status' | 'issuedAt'> }>(awards: readonly T[]): T[] {
  return firstWhere(
    sortNewestFirst(awards, (award) => award.data.issuedAt),
    (award) => !isRevoked(award.data),
  );
}

/** The id of a revoked decision's notice on its page, which its feed item links to. */
export const REVOKED_NOTICE = 'thu-hoi';

/**
 * A decision's heading, "Quyết định 226/QĐ-UBND", saying "đã thu hồi" when it is revoked: the page's title, a shared
 * link's preview and a feed item show this without the page's warning, and must not pass a revoked award as valid.
 */
export function awardHeading(award: Pick<Award, 'number' | 'status'>): string {
  return t(isRevoked(award) ? 'award.decisionRevoked' : 'award.decision', { number: award.number });
}

/** The decision in full, "Quyết định 226/QĐ-UBND (đã thu hồi): Về việc…", as its page, tabs, shared links, search and feeds name it. */
export function awardTitle(award: Pick<Award, 'number' | 'status' | 'title'>): string {
  return `${awardHeading(award)}: ${award.title}`;
}

/**
 * A decision in a sentence, for search engines, shared links and feeds: "Giấy khen của Chủ tịch UBND xã cho 1 tập
 * thể, 2 cá nhân đã có thành tích…" (the form and the reason as two sentences read "… UBND xã. Đã có thành tích…",
 * the reason without whom it praised); that it was revoked first, when it was.
 */
export function awardDescription(
  award: Pick<Award, 'form' | 'reason' | 'status'> & { recipients: readonly Pick<Award['recipients'][number], 'kind'>[] },
): string {
  const about = t('award.description', {
    form: t(`awardForm.${award.form}`),
    recipients: recipientsSummary(award.recipients),
    reason: lowerFirst(award.reason),
  });
  return isRevoked(award) ? `${t('award.revoked')} ${about}` : about;
}

/**
 * Who a decision rewards, counted by kind: "2 cá nhân, 1 tập thể", "1 hộ gia đình". A single count ("1 tập thể, cá
 * nhân") named neither a household nor an enterprise.
 */
export function recipientsSummary(recipients: readonly Pick<Award['recipients'][number], 'kind'>[]): string {
  return SUBJECT_KINDS.map((kind) => ({ kind, count: recipients.filter((r) => r.kind === kind).length }))
    .filter(({ count }) => count > 0)
    .map(({ kind, count }) => t(`recipientsOfKind.${kind}`, { count: formatNumber(count) }))
    .join(', ');
}

/** How many names a list of decisions shows for each before it counts the rest. */
const NAMES_SHOWN = 5;

/**
 * Whom a decision rewards, by name, as a list of decisions shows it: "ông A, bà B và Tiểu khu 5"; past six names,
 * the first five and the rest counted by kind, "và 1 hộ gia đình, 11 cá nhân khác" (a provincial decision may list a
 * hundred). Residents look for their own and their neighbours' names, which the counts by kind alone did not give
 * them without opening each decision.
 */
export function recipientNames(recipients: readonly Pick<Award['recipients'][number], 'name' | 'kind'>[]): string {
  const names = recipients.map((recipient) => nameInSentence(recipient.name));
  if (names.length <= NAMES_SHOWN + 1) return formatList(names, 'and');
  return formatList([...names.slice(0, NAMES_SHOWN), t('award.others', { recipients: recipientsSummary(recipients.slice(NAMES_SHOWN)) })], 'and');
}
