/**
 * Dates in YAML text that do not exist, such as 2025-13-45 or 2025-02-30, with the key that holds each. The YAML
 * parser turns such a value into a real but different day (2025-13-45 becomes 2026-02-14) before any schema sees
 * it, so the raw text is the only place to catch it.
 */
export function impossibleDates(yaml: string): { field: string; value: string }[] {
  const found: { field: string; value: string }[] = [];
  for (const match of yaml.matchAll(/^[ \t-]*([\w.]+):[ \t]*["']?(\d{4})-(\d{1,2})-(\d{1,2})["']?[ \t]*$/gm)) {
    const [, field, y, m, d] = match as unknown as [string, string, string, string, string];
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) {
      found.push({ field, value: `${y}-${m}-${d}` });
    }
  }
  return found;
}
