/**
 * `text` with each `{name}` replaced by `params.name`; one without a value stays as it is, to be seen and mended.
 * Apart from the dictionary, so that the search page's script fills its words the same way without carrying it all.
 */
export function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
