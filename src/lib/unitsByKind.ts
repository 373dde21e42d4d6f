import { UNIT_KINDS, type UnitKind } from './options';
import { sortByName } from './sortByName';

/** Units by kind, in the order of the kinds, each kind's by name; a kind without units is left out. */
export function unitsByKind<U extends { data: { kind: UnitKind; name: string } }>(units: readonly U[]): { kind: UnitKind; units: U[] }[] {
  const byName = sortByName(units, (unit) => unit.data.name);
  return UNIT_KINDS.map((kind) => ({ kind, units: byName.filter((unit) => unit.data.kind === kind) })).filter((group) => group.units.length > 0);
}
