// The entries the dev server leaves out because their schema refuses them or they cannot be rendered
// (src/lib/entryLoader.ts), for the pages to list (RefusedEntries.astro): an editor who saved one in the CMS sees on
// the site why it is missing, not only in the terminal the server runs in. The content loader and the pages are
// loaded apart, each with its own copy of this module: they meet on globalThis, in the one process of `astro dev`.

const REFUSED = Symbol.for('ha-trung.refusedEntries');
const shared = globalThis as { [REFUSED]?: Map<string, string> };
const refused = (shared[REFUSED] ??= new Map());

/** Notes that the entry in `file` (from the site's root) is left out, and why. */
export function refuseEntry(file: string, why: string): void {
  refused.set(file, why);
}

/** Notes that the entry in `file` loads again, once mended. */
export function acceptEntry(file: string): void {
  refused.delete(file);
}

/** Why the entry in `file` is left out; undefined when it is not. */
export function whyRefused(file: string): string | undefined {
  return refused.get(file);
}

/** Every entry left out, by file name, with why. */
export function refusedEntries(): [file: string, why: string][] {
  return [...refused].sort(([a], [b]) => (a < b ? -1 : 1));
}
