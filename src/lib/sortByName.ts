import { UNIT_KINDS, type UnitKind } from './options';

// Vietnamese order ("Đ" after "D", a marked letter after the plain one), with one collator for every comparison:
// localeCompare with a locale makes one each time.
const collator = new Intl.Collator('vi');

/** `items` in Vietnamese alphabetical order of the name `pick` gives each. */
export function sortByName<T>(items: readonly T[], pick: (item: T) => string): T[] {
  return [...items].sort((a, b) => collator.compare(pick(a), pick(b)));
}

/** Units by kind, in the order of the kinds, each kind's by name; a kind without units is left out. */
export function unitsByKind<U extends { data: { kind: UnitKind; name: string } }>(units: readonly U[]): { kind: UnitKind; units: U[] }[] {
  const byName = sortByName(units, (unit) => unit.data.name);
  return UNIT_KINDS.map((kind) => ({ kind, units: byName.filter((unit) => unit.data.kind === kind) })).filter((group) => group.units.length > 0);
}
