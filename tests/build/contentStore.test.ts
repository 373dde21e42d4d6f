// Astro keeps every entry's data and rendered HTML between builds (node_modules/.astro/, which README tells a host
// to keep), and renders again only the entries whose files changed. A change to the code that renders them must
// still reach every entry at the next build.
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { linkPackages } from '../../scripts/lib/synthetic.mjs';
import { astroEnv, withSiteCopy } from './siteCopy';

const run = promisify(execFile);
const ARTICLE = 'dist/tin-tuc/so-ket-phong-trao-thi-dua-cao-diem-tap-trung-hoan-thanh-nhiem-vu-nhung-thang-cuoi-nam/index.html';

test("a change to the words a Markdown plugin writes reaches the entries whose files did not change", { timeout: 240_000 }, () =>
  withSiteCopy('', async (dir) => {
    // A store of its own (linkPackages links every package but node_modules/.astro/): the code it changes must not fill
    // the one that the project's builds, and the build tests running beside it, read.
    rmSync(join(dir, 'node_modules'));
    linkPackages(dir);
    const build = () => run('astro', ['build', '--outDir', join(dir, 'dist')], { cwd: dir, env: astroEnv, maxBuffer: 50_000_000 });
    const article = () => readFileSync(join(dir, ARTICLE), 'utf8');
    await build();
    expect(article()).toContain('<section class="table-scroll" tabindex="0" aria-label="Bảng">');
    const dictionary = join(dir, 'src/i18n/vi.ts');
    writeFileSync(dictionary, readFileSync(dictionary, 'utf8').replace("'body.table': 'Bảng',", "'body.table': 'Bảng số liệu',"));
    const { stdout } = await build();
    expect(stdout).toContain('the content code changed');
    expect(article()).toContain('<section class="table-scroll" tabindex="0" aria-label="Bảng số liệu">');
  }),
);
