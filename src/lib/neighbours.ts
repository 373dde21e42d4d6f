/** The entries before and after `id` in `list` (sorted newest first): `newer` and `older`. */
export function neighbours<T extends { id: string }>(list: readonly T[], id: string): { newer?: T; older?: T } {
  const index = list.findIndex((entry) => entry.id === id);
  if (index === -1) return {};
  return { newer: list[index - 1], older: list[index + 1] };
}
