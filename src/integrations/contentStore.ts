import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The code an entry's stored data and HTML come from, besides the content config's own text, which Astro checks: what
 * the schema imports, the Markdown plugins and the dictionary's words they write (a table's name), and the Markdown
 * processor.
 */
const SOURCES = ['src/lib', 'src/i18n'];
const PACKAGES = ['satteri', '@astrojs/markdown-satteri'];
const STORE = 'data-store.json';
/** Beside the store: the digest of the code that filled it. */
const STAMP = 'data-store.code';

/**
 * Astro keeps every entry's data and rendered HTML in a store, kept between builds (`node_modules/.astro/`, README),
 * and reads and renders an entry again only when its file, the content config's own text or Astro's config changes.
 * The code behind them is not among those: a changed Markdown plugin or schema left every unchanged entry as the old
 * code made it, on the site too (measured: a table's new name reached no article). This forgets the store, as Astro
 * does when its config changes, whenever that code has changed since the store was filled.
 */
export function contentStore(): AstroIntegration {
  return {
    name: 'content-store',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        // The dev server's store and the build's, which Astro keeps apart.
        const stores = [new URL('.astro/', config.root), config.cacheDir].map((dir) => fileURLToPath(dir));
        for (const dir of forgetStaleStores(fileURLToPath(config.root), stores)) logger.info(`the content code changed: ${join(dir, STORE)} forgotten, every entry is read again`);
      },
    },
  };
}

/** Removes each store of `dirs` filled by other code than `root`'s now; returns the folders whose store it removed. */
function forgetStaleStores(root: string, dirs: readonly string[]): string[] {
  const code = codeDigest(root);
  return dirs.filter((dir) => {
    const stamp = join(dir, STAMP);
    const stale = existsSync(join(dir, STORE)) && (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== code);
    if (stale) rmSync(join(dir, STORE));
    mkdirSync(dir, { recursive: true });
    writeFileSync(stamp, code);
    return stale;
  });
}

/** A SHA-256 of every file in SOURCES (by path and text) and the PACKAGES' versions. */
function codeDigest(root: string): string {
  const hash = createHash('sha256');
  for (const source of SOURCES) {
    const files = readdirSync(join(root, source), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) hash.update(`${file.slice(root.length)}\0${readFileSync(file, 'utf8')}\0`);
  }
  for (const name of PACKAGES) hash.update(`${name}@${JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version}\0`);
  return hash.digest('hex');
}
