import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const root = new URL('../../', import.meta.url).pathname;

/**
 * Where Astro runs: the project's own Node, no colours in what it prints, and nothing of Vitest's environment, under
 * which a dev server started but answered nothing.
 */
export const astroEnv = {
  PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`,
  HOME: process.env.HOME ?? '/tmp',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  ASTRO_TELEMETRY_DISABLED: '1',
};

/**
 * A copy of the site in a temporary folder, with the files of `tests/fixtures/<fixture>/` added (none for ''), for
 * `use` to run Astro in; removed afterwards.
 */
export async function withSiteCopy<T>(fixture: string, use: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), `ha-trung-${fixture.replace(/\//g, '-')}-`));
  try {
    for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'keystatic.config.ts']) {
      cpSync(join(root, item), join(dir, item), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    if (fixture) cpSync(join(root, 'tests/fixtures', fixture), dir, { recursive: true });
    return await use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Builds a copy of the site with the files of `tests/fixtures/<fixture>/` added, and hands `use` its built pages:
 * `page('van-ban/x')` is the HTML of /van-ban/x/.
 */
export function withBuiltSite<T>(fixture: string, use: (page: (path: string) => string) => T | Promise<T>): Promise<T> {
  return withSiteCopy(fixture, async (dir) => {
    await promisify(execFile)('astro', ['build', '--outDir', join(dir, 'dist')], { cwd: dir, env: astroEnv, maxBuffer: 50_000_000 });
    return use((path) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8'));
  });
}
