import { formatList, t } from '../i18n/t';
import { type EntryAt, type EntryProblem, problemAt } from './fieldLabels';
import { namesById } from './namesById';
import { type Ref, referencing } from './references';
import { VILLAGE_KINDS, type UnitKind } from './options';
import { sortByName } from './sortByName';

/** What the village lookups need of a unit: Astro's unit entries fit. */
export interface PlacedUnit extends EntryAt {
  data: { name: string; kind: UnitKind; village?: Ref | undefined };
}

const isVillage = (unit: PlacedUnit) => VILLAGE_KINDS.includes(unit.data.kind);

/** The villages (thôn, tiểu khu) among `units`, by name: where a resident looks for news of home. */
export function villagesByName<U extends PlacedUnit>(units: readonly U[]): U[] {
  return sortByName(units.filter(isVillage), (unit) => unit.data.name);
}

/** The units that sit in each village, by name, as a lookup by the village's id. */
export function unitsIn<U extends PlacedUnit>(units: readonly U[]): (villageId: string) => readonly U[] {
  return referencing(
    sortByName(units, (unit) => unit.data.name),
    (u) => u.data.village,
  );
}

/**
 * `refs` with, after each unit that sits in a village, that village: what is about the cooperative of thôn Đồng Xá is
 * news for the people of Đồng Xá too, on its page and in its feed.
 */
export function withVillages(units: readonly PlacedUnit[]): (refs: readonly Ref[]) => Ref[] {
  const villageOf = new Map(units.flatMap((u) => (u.data.village ? [[u.id, u.data.village] as const] : [])));
  return (refs) => refs.flatMap((ref) => [ref, ...(villageOf.has(ref.id) ? [villageOf.get(ref.id)!] : [])]);
}

/**
 * For the search filter by unit: the names of the villages the units `refs` sit in, but for those the page names
 * itself. A page about Đồng Xá's cooperative is filed under Đồng Xá too, as Đồng Xá's own page and feed list it.
 */
export function villageNames(units: readonly PlacedUnit[]): (refs: readonly Ref[]) => string[] {
  const placed = withVillages(units);
  const names = namesById(units);
  return (refs) => {
    const named = new Set(refs.map((ref) => ref.id));
    return [...new Set(placed(refs).map((ref) => ref.id))].filter((id) => !named.has(id)).map((id) => names.get(id)!);
  };
}

/**
 * A unit's "village" names a thôn or tiểu khu, and a village sits in none: each mistake with its file and field, as
 * the build reports them. A village that does not exist at all is reported by `checkReferences`.
 */
export function villageProblems(units: readonly PlacedUnit[]): EntryProblem[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const kinds = formatList(VILLAGE_KINDS.map((kind) => t(`unitKind.${kind}`)), 'or');
  return units.flatMap((unit) => {
    const village = unit.data.village && byId.get(unit.data.village.id);
    if (!village) return [];
    if (isVillage(unit)) return [problemAt('units', unit, ['village'], t('error.villageInVillage'))];
    if (!isVillage(village)) return [problemAt('units', unit, ['village'], t('error.notVillage', { id: village.id, name: village.data.name, kinds }))];
    return [];
  });
}
