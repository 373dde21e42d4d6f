const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * `text` as it must be written inside HTML, XML or Pango's markup, in text or in a quoted attribute: "&", "<", ">"
 * and both quotes as references, which all three read.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * `text` as a quoted CSS string inside a <style> element: quotes, backslashes and line breaks, which would end or
 * bend the string, and "<", which could end the element ("</style"), written as CSS escapes of their code points.
 */
export function cssString(text: string): string {
  return `"${text.replace(/["\\<\n\r\f]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}
