import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { impossibleDates } from './impossibleDates';
import { slugify } from './slugify';

/** The files an entry can be: a body with frontmatter, or data only. */
const EXTENSIONS = {
  // The CMS writes plain Markdown, which Astro renders at sync time; MDX compiles a module per entry and costs about
  // 1.6× the build (DESIGN.md, Budgets), so `.mdx` is kept for an entry a developer gives components.
  markdown: '{md,mdx}',
  yaml: 'yaml',
} as const;

/**
 * Loads the entries of `content/<collection>/`: one file per entry (`<slug>.<ext>`), or a folder per entry
 * (`<slug>/index.<ext>`) when the entry keeps its photos beside it. The id, and so the URL, is the slug of that
 * name, spelled by the same `slugify` as the CMS; two files with one slug stop the build
 * (`prerenderConflictBehavior: 'error'` in astro.config.mjs), and so does a date that does not exist.
 */
export function entries(collection: string, kind: keyof typeof EXTENSIONS): Loader {
  const extension = EXTENSIONS[kind];
  const loader = glob({
    base: `./content/${collection}`,
    pattern: [`*.${extension}`, `*/index.${extension}`],
    generateId: ({ entry }) => slugify(entry.replace(/(\/index)?\.[a-z]+$/, '')),
    // Pages use the rendered HTML only. Keeping the Markdown as written too made the content store 55 MB instead of
    // 32 MB at 10,000 entries, and a build without Node's compile cache (a new machine, CI) stood 7–15 s longer before
    // its first page compiling the store, which Astro hands the pages as one string (measured, issue 7).
    retainBody: false,
  });
  return {
    ...loader,
    load: async (context) => {
      // Astro's glob loader logs an entry it cannot read or render (a photo in the text with no description,
      // src/lib/bodyImages.ts) and keeps it without a body: its page would go out empty. A build stops instead,
      // with every such message, and leaves such an entry out of the content store, which is saved between builds:
      // kept there with its digest, the next build would skip it and publish it empty. The dev server keeps Astro's
      // log, and its pages, so that the CMS stays usable.
      const building = !context.watcher;
      const failures: string[] = [];
      const logger = building
        ? Object.assign(Object.create(context.logger), { error: (message: string) => failures.push(message) })
        : context.logger;
      // A `.md` entry is always rendered as it loads, so one without its HTML is one that failed (an `.mdx` body is
      // rendered later, and so comes without).
      const failed = (entry: { filePath?: string | undefined; rendered?: unknown }) => entry.filePath?.endsWith('.md') && entry.rendered === undefined;
      const store: typeof context.store = building ? { ...context.store, set: (entry) => !failed(entry) && context.store.set(entry) } : context.store;
      await loader.load({
        ...context,
        logger,
        store,
        parseData: async (props) => {
          if (props.filePath) {
            const [bad] = impossibleDates(await readFile(props.filePath, 'utf8'));
            if (bad) {
              throw new Error(`${props.filePath}: trường "${bad.field}" có ngày không có thật (${bad.value}); cần một ngày có thật, dạng YYYY-MM-DD`);
            }
          }
          return context.parseData(props);
        },
      });
      if (failures.length > 0) throw new Error(`content/${collection}/: ${failures.join('; ')}`);
    },
  };
}
