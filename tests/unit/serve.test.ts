import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serve } from '../../scripts/lib/serve.mjs';

// The server Lighthouse and the search benchmark read the built site through: it must answer as a plain host does.
describe('scripts/lib/serve.mjs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
  // A sibling whose name starts with the served folder's, as dist-admin/ sits beside dist/.
  const sibling = `${dir}-admin`;
  let site: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    mkdirSync(join(dir, 'tin-tuc'));
    writeFileSync(join(dir, 'index.html'), 'Trang chủ');
    writeFileSync(join(dir, 'tin-tuc', 'index.html'), 'Tin tức');
    writeFileSync(join(dir, '404.html'), 'Không tìm thấy trang');
    mkdirSync(sibling);
    writeFileSync(join(sibling, 'index.html'), 'Trang quản trị');
    site = await serve(dir);
  });
  afterAll(async () => {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(sibling, { recursive: true, force: true });
  });

  const get = async (path: string) => {
    const response = await fetch(site.url + path);
    return [response.status, await response.text()];
  };

  test('a folder answers with its index.html, an unknown address with 404.html', async () => {
    expect(await get('/tin-tuc/')).toEqual([200, 'Tin tức']);
    expect(await get('/khong-co/')).toEqual([404, 'Không tìm thấy trang']);
  });

  test('a path starting with two slashes is a path of this site, as a host reads it', async () => {
    // As nginx merges the slashes. Read as the host "tin-tuc", "//tin-tuc/" was the path "/": the home page.
    expect(await get('//tin-tuc/')).toEqual([200, 'Tin tức']);
  });

  test('serves nothing from outside its folder', async () => {
    expect(await get(`/..%2F${basename(sibling)}/index.html`)).toEqual([404, 'Không tìm thấy trang']);
    expect(await get('/..%2F..%2Fetc%2Fhostname')).toEqual([404, 'Không tìm thấy trang']);
  });

  test('an address with a %-escape cut in two is refused and the server goes on answering', async () => {
    expect((await get('/tin-tuc/%E1%BB'))[0]).toBe(400);
    expect(await get('/tin-tuc/')).toEqual([200, 'Tin tức']);
  });
});
