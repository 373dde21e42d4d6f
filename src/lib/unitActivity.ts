import { type Ref, referencing } from './references';
import { type PlacedUnit, withVillages } from './villages';

/**
 * What each unit's page and feed list, as a lookup by unit id: the news about the unit, its stories, and the decisions
 * that commend someone from it, each in the order given. A village's lists also hold those of the units that sit in
 * it (its cooperative, its branch of an association).
 */
export function unitActivity<
  News extends { data: { units: readonly Ref[] } },
  Story extends { data: { unit: Ref } },
  Award extends { data: { recipients: readonly { unit?: Ref | undefined }[] } },
>(lists: { units: readonly PlacedUnit[]; news: readonly News[]; stories: readonly Story[]; awards: readonly Award[] }) {
  const placed = withVillages(lists.units);
  const news = referencing(lists.news, (n) => placed(n.data.units));
  const stories = referencing(lists.stories, (s) => placed([s.data.unit]));
  const awards = referencing(lists.awards, (a) => placed(a.data.recipients.flatMap((r) => (r.unit ? [r.unit] : []))));
  return (unitId: string) => ({ news: news(unitId), stories: stories(unitId), awards: awards(unitId) });
}
