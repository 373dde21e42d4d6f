import { referencing } from './references';

interface Ref {
  id: string;
}

/**
 * What a unit's page and feed list, each in the order given: the news about the unit, its stories, and the
 * decisions that commend someone from it.
 */
export function unitActivity<
  News extends { data: { units: readonly Ref[] } },
  Story extends { data: { unit: Ref } },
  Award extends { data: { recipients: readonly { unit?: Ref | undefined }[] } },
>(unitId: string, lists: { news: readonly News[]; stories: readonly Story[]; awards: readonly Award[] }) {
  return {
    news: referencing(lists.news, unitId, (n) => n.data.units),
    stories: referencing(lists.stories, unitId, (s) => s.data.unit),
    awards: referencing(lists.awards, unitId, (a) => a.data.recipients.flatMap((r) => (r.unit ? [r.unit] : []))),
  };
}
