import { type Ref, referencing } from './references';

/**
 * What each unit's page and feed list, as a lookup by unit id: the news about the unit, its stories, and the decisions
 * that commend someone from it, each in the order given.
 */
export function unitActivity<
  News extends { data: { units: readonly Ref[] } },
  Story extends { data: { unit: Ref } },
  Award extends { data: { recipients: readonly { unit?: Ref | undefined }[] } },
>(lists: { news: readonly News[]; stories: readonly Story[]; awards: readonly Award[] }) {
  const news = referencing(lists.news, (n) => n.data.units);
  const stories = referencing(lists.stories, (s) => s.data.unit);
  const awards = referencing(lists.awards, (a) => a.data.recipients.flatMap((r) => (r.unit ? [r.unit] : [])));
  return (unitId: string) => ({ news: news(unitId), stories: stories(unitId), awards: awards(unitId) });
}
