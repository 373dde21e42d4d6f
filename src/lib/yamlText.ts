import { type Document, isPair, isScalar, isSeq, parseDocument, type Scalar, visit } from 'yaml';

/**
 * The field that holds `node`, found at `path` by `visit`: its keys and list positions, as the schema's messages name
 * a field ("recipients.0.name"), so that the CMS's words for it can be found.
 */
function fieldOf(path: readonly unknown[], node: Scalar): string {
  return path
    .flatMap((step, i) => {
      if (isPair(step)) return [String(isScalar(step.key) ? step.key.value : step.key)];
      if (isSeq(step)) return [String(step.items.indexOf(path[i + 1] ?? node))];
      return [];
    })
    .join('.');
}

/**
 * Values that YAML cut short at " #": it reads the rest of the line as a comment and drops it, so a title typed by
 * hand as `title: Đường thôn #nongthonmoi` went out as "Đường thôn", without a word. The CMS never writes a comment
 * (it quotes such a value), so a comment after a value is text lost: each with its field, what was kept and what was
 * dropped. A line that is a comment on its own was written as one, and is left alone.
 */
export function cutByComments(document: Document): { field: string; kept: string; lost: string }[] {
  const found: { field: string; kept: string; lost: string }[] = [];
  visit(document, {
    Scalar(_, node, path) {
      if (node.comment === undefined || node.comment === null) return;
      found.push({ field: fieldOf(path, node), kept: String(node.value ?? ''), lost: `#${node.comment}` });
    },
  });
  return found;
}

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

/**
 * The YAML of an entry file: the whole of a `.yaml` file, the front matter between its `---` lines of a Markdown
 * one; with the file's line it starts on.
 */
export function yamlOf(file: string, text: string): { yaml: string; firstLine: number } {
  if (/\.ya?ml$/.test(file)) return { yaml: text, firstLine: 1 };
  return { yaml: /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '', firstLine: 2 };
}

/**
 * The file's line where YAML could not read on, if it could not: a value typed by hand with ": " in it ("Thôn Đồng
 * Xá: mở rộng đường"), or a tab for indent. Astro says so in English, with the line counted from the front matter's
 * start, and for a colon speaks of indentation.
 */
export function unreadableLine({ yaml, firstLine }: { yaml: string; firstLine: number }): number | undefined {
  const [error] = parseDocument(yaml).errors;
  return error && firstLine + (error.linePos?.[0].line ?? 1) - 1;
}

/**
 * An entry's data without the fields typed with nothing after them ("number:"), which YAML reads as null, at any
 * depth: taken as left out, as the CMS leaves out a field left empty. An optional one is then simply absent (its help
 * says "Để trống nếu…"), a required one named as missing; the schema refused both, some in zod's English ("expected
 * string, received null"). A list's empty item ("- " alone) stays, and is refused as an item.
 */
export function withoutEmptyFields(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(withoutEmptyFields);
  if (typeof data !== 'object' || data === null || data instanceof Date) return data;
  return Object.fromEntries(
    Object.entries(data)
      .filter(([, value]) => value !== null)
      .map(([key, value]) => [key, withoutEmptyFields(value)]),
  );
}
