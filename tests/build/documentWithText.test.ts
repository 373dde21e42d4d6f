// A document whose file and address an editor has filled in offers them, and no longer sends residents to ask.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { astroEnv, withSiteCopy } from './siteCopy';

const run = promisify(execFile);
const ASK = 'Trang web chưa có toàn văn văn bản này';

test('a document with its file and address links to both; one without says whom to ask', { timeout: 180_000 }, async () => {
  // tests/fixtures/document-with-text/ gives the Luật Thi đua, khen thưởng a file and an address (stand-ins).
  await withSiteCopy('document-with-text', async (dir) => {
    await run('astro', ['build', '--outDir', join(dir, 'dist')], { cwd: dir, env: astroEnv, maxBuffer: 50_000_000 });
    const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
    const law = page('van-ban/luat-thi-dua-khen-thuong-2022');
    expect(law).toMatch(/<a class="button" href="\/tep\/van-ban\/luat-06-2022-qh15\.pdf" download>Tải văn bản<\/a>/);
    expect(law).toMatch(/<a class="button" href="https:\/\/vbpl\.vn\/" rel="external">Xem văn bản gốc<\/a>/);
    expect(law).not.toContain(ASK);
    expect(page('van-ban/chi-thi-39-ct-ttg-2024')).toContain(ASK);
  });
});
