/** Names of `entries` by id, for lists that show a referenced unit's name ("thon-dong-xa" → "Thôn Đồng Xá"). */
export function namesById(entries: readonly { id: string; data: { name: string } }[]): Map<string, string> {
  return new Map(entries.map((entry) => [entry.id, entry.data.name]));
}
