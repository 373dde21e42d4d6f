import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { parseDocument } from 'yaml';
import { t } from '../i18n/t';
import { cmsFields } from './cmsFields';
import { DOWNLOAD_KINDS, storedDownloadProblem } from './downloads';
import { photoProblems } from './entryPhotos';
import { fieldLabel, fieldProblem, plainProblems, withFieldLabels } from './fieldLabels';
import { groupBy } from './groupBy';
import { acceptEntry, refuseEntry, whyRefused } from './refusedEntries';
import { slugify } from './slugify';
import { cutByComments, impossibleDates, unreadableLine, withoutEmptyFields, yamlOf } from './yamlText';

/** The files an entry can be: a body with frontmatter, or data only. */
const EXTENSIONS = {
  // The CMS writes plain Markdown, which Astro renders at sync time; MDX compiles a module per entry and costs about
  // 1.6× the build (DESIGN.md, Budgets), so `.mdx` is kept for an entry a developer gives components.
  markdown: ['md', 'mdx'],
  yaml: ['yaml'],
} as const;

/** The entry files of a collection's folder: those the loader reads, and those it would pass over. */
interface EntryFiles {
  /** `<name>.<extension>` and `<name>/index.<extension>`, as the loader reads them. */
  read: string[];
  /**
   * Files that look like entries but would not be read: `tin.yml`, `index.MD`, `index.markdown`. The loader passes
   * over them without a word, so the entry would be missing from the site with nothing to say why.
   */
  unread: string[];
}

/** The entry files in `dir` (a collection's folder) for `extensions`, read and unread. */
export async function entryFiles(dir: string, extensions: readonly string[]): Promise<EntryFiles> {
  const looksLikeEntry = (name: string) => /\.(ya?ml|json|md|mdx|markdown)$/i.test(name);
  const read = (name: string) => extensions.some((extension) => name.endsWith(`.${extension}`));
  // A collection with no folder yet has nothing unread; any other failure to read it is an error of its own.
  const all = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  // Hidden files and folders (a Mac's `._thon.yaml` beside a copied entry) are never entries, and Astro skips them.
  const items = all.filter((item) => !item.name.startsWith('.'));
  const found = await Promise.all(
    items.map(async (item): Promise<EntryFiles> => {
      if (item.isFile()) {
        if (!looksLikeEntry(item.name)) return { read: [], unread: [] };
        return read(item.name) ? { read: [item.name], unread: [] } : { read: [], unread: [item.name] };
      }
      if (!item.isDirectory()) return { read: [], unread: [] };
      const index = (await readdir(join(dir, item.name))).filter((name) => /^index\./i.test(name) && looksLikeEntry(name));
      const entry = index.filter((name) => extensions.some((extension) => name === `index.${extension}`));
      const files = (names: string[]) => names.map((name) => `${item.name}/${name}`);
      return entry.length > 0 ? { read: files(entry), unread: [] } : { read: [], unread: files(index) };
    }),
  );
  // In name order, which the folder's own order is not: messages that name them read the same on every machine.
  return { read: found.flatMap((files) => files.read).sort(), unread: found.flatMap((files) => files.unread).sort() };
}

/** An entry file's slug: its name, or its folder's, spelled by the CMS's `slugify`. The entry's id and URL. */
const slugOf = (file: string) => slugify(file.replace(/(\/index)?\.[a-z]+$/, ''));

/**
 * The entry files among `read` that would have one slug, and so one id and one page (`thon-dong-xa.yaml` and
 * `thon-dong-xa/index.yaml`, or `Thôn Đồng Xá.yaml`): each slug with its files.
 */
export function sameSlugs(read: readonly string[]): [slug: string, files: string[]][] {
  return groupBy(read, slugOf).filter(([, files]) => files.length > 1);
}

/** A message for `file` without the file's name at its start, for a list that names the file already. */
const withoutFile = (file: string, message: string) => (message.startsWith(`${file}, `) ? message.slice(file.length + 2) : message);

/**
 * Loads the entries of `content/<collection>/`: one file per entry (`<slug>.<ext>`), or a folder per entry
 * (`<slug>/index.<ext>`) when the entry keeps its photos beside it. The id, and so the URL, is the slug of that
 * name, spelled by the same `slugify` as the CMS. Two files with one slug stop the build in the dictionary's words
 * (`sameSlugs`; the dev server logs them, then Astro's own error follows), and so does a date that does not exist or a
 * value YAML cut at " #" (`cutByComments`), or a photo the site cannot show (`photoProblems`), or a file to download that
 * is not where the CMS keeps it (`storedDownloadProblem`).
 */
export function entries(collection: string, kind: keyof typeof EXTENSIONS): Loader {
  const extensions = EXTENSIONS[kind];
  const extension = extensions.length > 1 ? `{${extensions.join(',')}}` : extensions[0];
  const base = `./content/${collection}`;
  const loader = glob({
    base,
    pattern: [`*.${extension}`, `*/index.${extension}`],
    generateId: ({ entry }) => slugOf(entry),
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
      // kept there with its digest, the next build would skip it and publish it empty. The dev server leaves it out
      // too, and goes on, so that the CMS stays usable (below).
      const building = !context.watcher;
      const folder = `content/${collection}/`;
      const { read, unread } = await entryFiles(fileURLToPath(new URL(base, context.config.root)), extensions);
      const expected = extensions.map((extension) => t('error.entryFile', { extension })).join(', ');
      const problems = [
        ...(unread.length > 0 ? [t('error.unread', { folder, files: unread.join(', '), expected })] : []),
        // Astro would stop on these too, in English; an editor who saved two files under one name reads this instead.
        ...sameSlugs(read).map(([slug, files]) => t('error.sameSlug', { folder, files: files.join(', '), slug })),
      ];
      if (problems.length > 0) {
        if (building) throw new Error(problems.join('; '));
        for (const problem of problems) context.logger.error(problem);
      }
      const failures: string[] = [];
      /** What the dev server's log said of each entry that failed to render, by file: "Error rendering a/index.md: …". */
      const renderErrors = new Map<string, string>();
      const logger = Object.assign(Object.create(context.logger), {
        error: (message: string) => {
          if (building) return failures.push(message);
          const [, entry, why] = /^Error rendering (.+?): ([\s\S]*)$/.exec(message) ?? [];
          if (entry && why) renderErrors.set(`${folder}${entry}`, why);
          context.logger.error(message);
        },
      });
      // A `.md` entry is always rendered as it loads, so one without its HTML is one that failed (an `.mdx` body is
      // rendered later, and so comes without).
      const failed = (entry: { filePath?: string | undefined; rendered?: unknown }) => entry.filePath?.endsWith('.md') && entry.rendered === undefined;
      // The dev server logs an entry its schema refuses (a day not yet come, a required field left empty) or cannot
      // render, and leaves it out, as long as it stays wrong: thrown, the error stopped the dev server as it started,
      // and the CMS with it, so an editor could mend the entry only in a text editor. Its page is missing, and the log
      // and every page say why (refusedEntries.ts); a build still stops on it. Files are named from the site's root,
      // as the store names them.
      const fromRoot = (file: string) => relative(fileURLToPath(context.config.root), file).split(sep).join('/');
      // An entry that failed and was stored all the same, by a dev server before it left such entries out, would be
      // skipped as unchanged and go out empty: forgotten, it is rendered again, and refused again if still wrong.
      for (const [id, entry] of context.store.entries()) if (failed(entry)) context.store.delete(id);
      // An entry left out and then deleted in the CMS is no longer missing from the site.
      context.watcher?.on('unlink', (file) => acceptEntry(fromRoot(file)));
      const store: typeof context.store = building
        ? { ...context.store, set: (entry) => !failed(entry) && context.store.set(entry) }
        : {
            ...context.store,
            set: (entry) => {
              if (!entry.filePath) return context.store.set(entry);
              // Rendered after its data was checked: a text that failed adds its reason to any its data gave, so that the
              // editor mends both at once.
              if (failed(entry)) {
                const why = withoutFile(entry.filePath, renderErrors.get(entry.filePath) ?? t('error.notRendered'));
                refuseEntry(entry.filePath, [whyRefused(entry.filePath), why].filter(Boolean).join('\n'));
              }
              if (whyRefused(entry.filePath) === undefined) return context.store.set(entry);
              context.store.delete(entry.id);
              return false;
            },
          };
      const parseData: typeof context.parseData = async (props) => {
        const file = props.filePath ? fromRoot(props.filePath) : undefined;
        try {
          if (props.filePath && file) {
            // Each problem with the field's words in the CMS, which are what an editor knows it by.
            const problems = async (found: readonly { field: string; problem: string }[]) => {
              const form = await cmsFields(collection);
              return new Error(found.map(({ field, problem }) => fieldProblem(file, field, problem, form && fieldLabel(form, field.split('.')))).join('; '));
            };
            // The entry's YAML only: a Markdown body's "Ngày: 2025-02-30" or "# heading" is text, not a field.
            // Read once for the three checks: at 10,000 entries a reading costs 1.6 s of processor time (profiled).
            const yaml = parseDocument(yamlOf(props.filePath, await readFile(props.filePath, 'utf8')).yaml);
            const [bad] = impossibleDates(yaml);
            if (bad) throw await problems([{ field: bad.field, problem: t('error.impossibleDay', { value: bad.value }) }]);
            const [cut] = cutByComments(yaml);
            if (cut) throw await problems([{ field: cut.field, problem: t('error.cutByComment', cut) }]);
            // Only in a build: the CMS saves an entry and its new photo one file after the other, and a dev server that
            // read the entry first would leave it out until it was saved again.
            const photos = building ? photoProblems(yaml.toJS(), props.filePath) : [];
            if (photos.length > 0) throw await problems(photos);
          }
          const data = await context.parseData({ ...props, data: withoutEmptyFields(props.data) as typeof props.data }).catch(async (error: Error) => {
            const form = await cmsFields(collection);
            if (form) error.message = withFieldLabels(error.message, form);
            throw error;
          });
          if (file) acceptEntry(file);
          return data;
        } catch (error) {
          if (building || !file) throw error;
          // Astro names the entry by collection and id; the editor looks for a file.
          const { message } = error as Error;
          context.logger.error(message.startsWith(file) ? message : `${file}: ${message}`);
          refuseEntry(file, withoutFile(file, plainProblems(message)));
          // Never stored (above): the loader only needs something to go on with.
          return props.data;
        }
      };
      await loader.load({ ...context, logger, store, parseData }).catch(async (error: Error & { loc?: { file?: string } }) => {
        // A front matter YAML cannot read stops Astro's own reading of the file, before any check here, in English
        // and counting lines from the front matter's start: said again in the dictionary's words, at the file's line.
        const path = error.loc?.file;
        const line = path && unreadableLine(yamlOf(path, await readFile(path, 'utf8').catch(() => '')));
        throw line ? new Error(t('error.unreadableYaml', { file: fromRoot(path), line })) : error;
      });
      if (failures.length > 0) throw new Error(`content/${collection}/: ${failures.join('; ')}`);
      // Every entry's file, read now or kept from the last build: one deleted since would leave a dead download.
      // Only in a build: the CMS saves an entry, then its file, and a dev server that read the entry first would
      // leave it out until it was saved again.
      const kind = DOWNLOAD_KINDS[collection as keyof typeof DOWNLOAD_KINDS];
      if (building && kind) {
        const form = await cmsFields(collection);
        const missing = [...context.store.entries()].flatMap(([id, entry]) => {
          const address = (entry.data as { file?: unknown }).file;
          const why = typeof address === 'string' ? storedDownloadProblem(address, kind, id, existsSync) : undefined;
          return why ? [fieldProblem(entry.filePath ?? `${folder}${id}`, 'file', why, form && fieldLabel(form, ['file']))] : [];
        });
        if (missing.length > 0) throw new Error(missing.join('; '));
      }
    },
  };
}
