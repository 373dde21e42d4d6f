import { fill } from './fill';
import { vi, type UiKey } from './vi';

/** A count or quantity as Vietnamese writes it: "1.500", "2,5". Not for a year, written "2025" without a dot. */
export function formatNumber(n: number): string {
  return n.toLocaleString('vi-VN');
}

/** Vietnamese joins of a list, made once: "A, B và C", "A, B hoặc C". */
const lists = {
  and: new Intl.ListFormat('vi', { type: 'conjunction' }),
  or: new Intl.ListFormat('vi', { type: 'disjunction' }),
};

/** `items` joined as Vietnamese writes a list: with "và" (`and`) or "hoặc" (`or`) before the last. */
export function formatList(items: readonly string[], join: keyof typeof lists): string {
  return lists[join].format(items);
}

/** The interface text for `key`, with each `{name}` replaced by `params.name`. */
export function t(key: UiKey, params: Record<string, string | number> = {}): string {
  return fill(vi[key], params);
}

/**
 * The interface text for `key` split where `{around}` goes, for a page that sets something of its own there (a date in
 * <time>, words in another language): the text before it and after it. Fails unless it is there once: a dictionary
 * sentence reworded without it set the thing after the sentence, and one with it twice lost words.
 */
export function tAround(key: UiKey, around: string, params: Record<string, string | number> = {}): [before: string, after: string] {
  // Split before filling: a value with "{date}" in it (a commune's name as an editor typed it) split there.
  const parts = vi[key].split(`{${around}}`);
  if (parts.length !== 2) throw new Error(`The dictionary's "${key}" needs {${around}} once: "${vi[key]}"`);
  return [fill(parts[0]!, params), fill(parts[1]!, params)];
}

/**
 * A prefix under which the dictionary has a word for each of `Values` (`<prefix>.<value>`); any other fails the type
 * check, not the build.
 */
export type LabelPrefix<Prefix extends string, Values extends string> = Prefix & (`${Prefix}.${Values}` extends UiKey ? unknown : never);

/** Choices with their words from the dictionary (`<prefix>.<value>`): the CMS's select, and the schema's message. */
export const labelledOptions = <T extends string, P extends string>(values: readonly T[], prefix: LabelPrefix<P, T>) =>
  values.map((value) => ({ value, label: t(`${prefix}.${value}` as UiKey) }));
