// Vietnamese order ("Đ" after "D", a marked letter after the plain one; "Tiểu khu 2" before "Tiểu khu 10"), with one
// collator for every comparison: localeCompare with a locale makes one each time.
const collator = new Intl.Collator('vi', { numeric: true });

/** `items` in Vietnamese alphabetical order of the name `pick` gives each. */
export function sortByName<T>(items: readonly T[], pick: (item: T) => string): T[] {
  return [...items].sort((a, b) => collator.compare(pick(a), pick(b)));
}
