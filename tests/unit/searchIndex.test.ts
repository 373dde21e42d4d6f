import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { searchIndex } from '../../src/integrations/searchIndex';

/** Runs the integration's build steps on the pages in `site`, as `astro build` does; returns what it logged. */
async function indexSite(site: string): Promise<string[]> {
  const logged: string[] = [];
  const logger = { info: (message: string) => logged.push(message) };
  const { hooks } = searchIndex();
  const generated = hooks['astro:build:generated'] as (options: unknown) => void;
  const done = hooks['astro:build:done'] as (options: unknown) => Promise<void>;
  const dir = pathToFileURL(`${site}/`);
  generated({ dir, logger });
  await done({ dir, logger });
  return logged;
}

const page = (title: string, words: string) =>
  `<!doctype html><html lang="vi"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${words}</p></main></body></html>`;

describe('searchIndex', { timeout: 30_000 }, () => {
  let site = '';
  afterEach(() => rmSync(site, { recursive: true, force: true }));

  test('indexes the reading pages of a built site, not its lists, and says how many', async () => {
    site = mkdtempSync(join(tmpdir(), 'ha-trung-search-'));
    for (const [path, html] of [
      ['tin-tuc/don-dien-doi-thua', page('Dồn điền đổi thửa', 'Thôn Đồng Xá hoàn thành dồn điền đổi thửa.')],
      ['guong-dien-hinh/ong-a', page('Ông Nguyễn Văn A', 'Người tốt việc tốt ở thôn Đồng Xá.')],
      ['tin-tuc', page('Tin tức', 'Danh sách tin.')],
    ]) {
      mkdirSync(join(site, path!), { recursive: true });
      writeFileSync(join(site, path!, 'index.html'), html!);
    }
    const logged = await indexSite(site);
    expect(logged).toEqual([expect.stringMatching(/^indexed 2 pages in \d+ ms$/)]);
    const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['vi']);
  });

  test('a site with no page to index stops the build with what Pagefind said', async () => {
    site = mkdtempSync(join(tmpdir(), 'ha-trung-search-'));
    await expect(indexSite(site)).rejects.toThrow(/^Pagefind: Error: Pagefind was not able to build an index/);
  });
});
