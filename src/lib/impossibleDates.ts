import { type Document, isPair, visit } from 'yaml';
import { fieldOf } from './yamlText';

/**
 * Dates in an entry's YAML that do not exist, such as 2025-13-45 or 2025-02-30, with the field that holds each. Astro's
 * YAML parser turns such a value into a real but different day (2025-13-45 becomes 2026-02-14) before any schema sees
 * it, so the text as written (`document`, read by the `yaml` package, which leaves a date as it was typed) is the only
 * place to catch it.
 */
export function impossibleDates(document: Document): { field: string; value: string }[] {
  const found: { field: string; value: string }[] = [];
  visit(document, {
    Scalar(_, node, path) {
      const step = path.at(-1);
      if (isPair(step) && step.key === node) return;
      const [, y, m, d] = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(String(node.value)) ?? [];
      if (!y || !m || !d) return;
      const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
      if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) found.push({ field: fieldOf(path, node), value: `${y}-${m}-${d}` });
    },
  });
  return found;
}
