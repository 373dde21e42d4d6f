import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

// The scripts under scripts/ (benchmarks, Lighthouse, the admin server) and the build's picture drawer run in Node as
// they are, with no bundler: an import Node cannot find, such as one written without '.ts' in a module of src/ they
// read, stops `npm run bench` while the site and every test that goes through Vite still work (it happened:
// src/lib/options.ts once imported the dictionary so). Each module a script imports, and the drawer, is loaded here
// the same way; the scripts themselves are not, since loading one runs it.
const root = fileURLToPath(new URL('../../', import.meta.url));
const scripts = readdirSync(join(root, 'scripts'), { recursive: true })
  .map(String)
  .filter((file) => /\.(mjs|js|cjs)$/.test(file))
  .map((file) => join(root, 'scripts', file));
const imported = new Set([
  ...scripts.flatMap((script) =>
    [...readFileSync(script, 'utf8').matchAll(/^(?:import|export) (?:[^;]*? from )?(['"])(\.[^'"]+)\1/gm)].map((m) => join(dirname(script), m[2]!)),
  ),
  // Forked by the build (src/integrations/previewImages.ts): a broken import there is named here at once, not only
  // at the end of a build.
  join(root, 'src/lib/previewDrawer.ts'),
]);
const run = promisify(execFile);

describe('modules the scripts import load in Node as they are', () => {
  test('the scripts import modules of their own and of src/', () => {
    const names = [...imported].map((file) => relative(root, file));
    expect(names).toContain('scripts/lib/synthetic.mjs');
    expect(names).toContain('src/lib/urls.ts');
  });

  test.each([...imported].map((file) => [relative(root, file), file]))('%s', async (_, file) => {
    // The project's Node (the one running these tests), as `npm run bench` uses it.
    const { stderr } = await run(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(file)});`], { cwd: root });
    expect(stderr).not.toMatch(/Error/);
  });
});
