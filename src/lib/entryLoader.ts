import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { t } from '../i18n/t';
import { type LabelledField, withFieldLabels } from './fieldLabels';
import { impossibleDates } from './impossibleDates';
import { slugify } from './slugify';

/** The files an entry can be: a body with frontmatter, or data only. */
const EXTENSIONS = {
  // The CMS writes plain Markdown, which Astro renders at sync time; MDX compiles a module per entry and costs about
  // 1.6× the build (DESIGN.md, Budgets), so `.mdx` is kept for an entry a developer gives components.
  markdown: ['md', 'mdx'],
  yaml: ['yaml'],
} as const;

/**
 * Files in `dir` that look like entries but would not be read: `tin.yml`, `index.MD`, `index.markdown`. The loader
 * passes over them without a word, so the entry would be missing from the site with nothing to say why.
 */
export async function unreadEntries(dir: string, extensions: readonly string[]): Promise<string[]> {
  const looksLikeEntry = (name: string) => /\.(ya?ml|json|md|mdx|markdown)$/i.test(name);
  const read = (name: string) => extensions.some((extension) => name.endsWith(`.${extension}`));
  // A collection with no folder yet has nothing unread; any other failure to read it is an error of its own.
  const items = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const found = await Promise.all(
    items.map(async (item) => {
      if (item.isFile()) return looksLikeEntry(item.name) && !read(item.name) ? [item.name] : [];
      if (!item.isDirectory()) return [];
      const index = (await readdir(join(dir, item.name))).filter((name) => /^index\./i.test(name) && looksLikeEntry(name));
      const entry = index.some((name) => extensions.some((extension) => name === `index.${extension}`));
      return entry ? [] : index.map((name) => `${item.name}/${name}`);
    }),
  );
  return found.flat();
}

/**
 * Loads the entries of `content/<collection>/`: one file per entry (`<slug>.<ext>`), or a folder per entry
 * (`<slug>/index.<ext>`) when the entry keeps its photos beside it. The id, and so the URL, is the slug of that
 * name, spelled by the same `slugify` as the CMS; two files with one slug stop the build
 * (`prerenderConflictBehavior: 'error'` in astro.config.mjs), and so does a date that does not exist.
 */
export function entries(collection: string, kind: keyof typeof EXTENSIONS): Loader {
  const extensions = EXTENSIONS[kind];
  const extension = extensions.length > 1 ? `{${extensions.join(',')}}` : extensions[0];
  const base = `./content/${collection}`;
  const loader = glob({
    base,
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
      const unread = await unreadEntries(fileURLToPath(new URL(base, context.config.root)), extensions);
      if (unread.length > 0) {
        const expected = extensions.map((extension) => t('error.entryFile', { extension })).join(', ');
        const message = t('error.unread', { folder: `content/${collection}/`, files: unread.join(', '), expected });
        if (building) throw new Error(message);
        context.logger.error(message);
      }
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
              throw new Error(t('error.at', { file: props.filePath, field: bad.field, problem: t('error.impossibleDay', { value: bad.value }) }));
            }
          }
          return context.parseData(props).catch(async (error: Error) => {
            // Loaded only here, where it is needed: the CMS's packages cost the public build about 1.3 s to import.
            // Should the CMS's configuration itself fail to load, the content error still goes out as it was.
            const form = await import('../../keystatic.config').then((module) => module.default).catch(() => undefined);
            const fields = form?.collections?.[collection as keyof typeof form.collections] ?? form?.singletons?.[collection as keyof typeof form.singletons];
            if (fields) error.message = withFieldLabels(error.message, fields.schema as Record<string, LabelledField>);
            throw error;
          });
        },
      });
      if (failures.length > 0) throw new Error(`content/${collection}/: ${failures.join('; ')}`);
    },
  };
}
