const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * `text` as it must be written inside HTML, XML or Pango's markup, in text or in a quoted attribute: "&", "<", ">"
 * and both quotes as references, which all three read.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
