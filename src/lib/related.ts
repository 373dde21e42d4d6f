import { tagSlug } from './tags';

/** What makes two entries alike: each feature an entry has ("tag thi-dua", "unit thon-dong-xa") and the points (more than 0) sharing it is worth. */
export type Features = readonly (readonly [feature: string, points: number])[];

/**
 * For every entry of `all`, up to `count` others most like it, best first: an entry's points are what its features
 * are worth to the entry asked about, for each feature both have. Entries sharing nothing are left out, and ties
 * keep the order of `all` (pass it newest first).
 */
export function relatedEntries<T extends { id: string }>(all: readonly T[], features: (entry: T) => Features, count = 3): Map<string, T[]> {
  // Every article page asks this of every other article. Scoring each pair took 16 s of the build at 6,000 news
  // items; here each entry only visits the entries that share one of its features, through a list per feature.
  const owners = new Map<string, number[]>();
  const featuresOf = all.map((entry, index) => {
    const own = new Map(features(entry));
    for (const feature of own.keys()) {
      const list = owners.get(feature);
      if (list) list.push(index);
      else owners.set(feature, [index]);
    }
    return own;
  });
  const points = new Int32Array(all.length);
  return new Map(
    all.map((entry, index) => {
      const touched: number[] = [];
      for (const [feature, worth] of featuresOf[index]!) {
        for (const other of owners.get(feature)!) {
          if (other === index) continue;
          if (points[other] === 0) touched.push(other);
          points[other]! += worth;
        }
      }
      // The best few, kept in order as they come: more points first, then the earlier in `all`.
      const best: number[] = [];
      const before = (a: number, b: number) => points[a]! > points[b]! || (points[a] === points[b] && a < b);
      for (const other of touched) {
        if (best.length === count && !before(other, best[count - 1]!)) continue;
        let at = best.length;
        while (at > 0 && before(other, best[at - 1]!)) at--;
        best.splice(at, 0, other);
        if (best.length > count) best.pop();
      }
      for (const other of touched) points[other] = 0;
      return [entry.id, best.map((other) => all[other]!)];
    }),
  );
}

/** News is related by its keywords first (spellings of one keyword as one), then by units, then by category. */
export const newsFeatures = ({ data }: { data: { tags: readonly string[]; units: readonly { id: string }[]; category: string } }): Features => [
  ...data.tags.map((tag) => [`tag ${tagSlug(tag)}`, 2] as const),
  ...data.units.map((unit) => [`unit ${unit.id}`, 1] as const),
  [`category ${data.category}`, 1],
];

/** Stories are related by unit first (a village is a unit too), then by field. */
export const storyFeatures = ({ data }: { data: { unit: { id: string }; field: string } }): Features => [
  [`unit ${data.unit.id}`, 2],
  [`field ${data.field}`, 1],
];
