import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { entryFiles, sameSlugs } from '../../src/lib/entryLoader';

const fixture = (kind: 'unit' | 'news') => `tests/fixtures/bad-content/unread-${kind}/content`;

describe('entryFiles', () => {
  test('finds entries the site would pass over for the spelling of their file name', async () => {
    expect((await entryFiles(`${fixture('unit')}/units`, ['yaml'])).unread).toEqual(['thon-moi.yml']);
    expect((await entryFiles(`${fixture('news')}/news`, ['md', 'mdx'])).unread).toEqual(['tin-chu-hoa/INDEX.MD']);
  });

  test('lists the entries it reads, as a file or as a folder with its index', async () => {
    const { read } = await entryFiles('tests/fixtures/bad-content/duplicate-slug/content/units', ['yaml']);
    expect(read).toEqual(['thon-dong-xa/index.yaml']);
    const news = await entryFiles('content/news', ['md', 'mdx']);
    expect(news.read).toContain('tap-trung-giai-phong-mat-bang-du-an-duong-sat-cao-toc-bac-nam-doan-qua-xa-ha-trung/index.md');
  });

  test('passes over hidden files, as Astro does: a Mac\'s copy of an entry is neither read nor unread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'entry-files-'));
    try {
      mkdirSync(join(dir, 'thon-b'));
      for (const name of ['thon-a.yaml', '._thon-a.yaml', '.DS_Store', 'thon-b/index.yaml', 'thon-b/._index.yaml']) writeFileSync(join(dir, name), 'name: x\n');
      expect(await entryFiles(dir, ['yaml'])).toEqual({ read: ['thon-a.yaml', 'thon-b/index.yaml'], unread: [] });
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  test('finds none unread in the site’s own content, photos beside entries included', async () => {
    for (const [collection, extensions] of [
      ['news', ['md', 'mdx']],
      ['stories', ['md', 'mdx']],
      ['plans', ['md', 'mdx']],
      ['awards', ['yaml']],
      ['units', ['yaml']],
      ['documents', ['yaml']],
      ['settings', ['yaml']],
    ] as const) {
      // A folder renamed away would have nothing to find.
      expect(existsSync(`content/${collection}`), collection).toBe(true);
      const { read, unread } = await entryFiles(`content/${collection}`, extensions);
      expect(read.length, collection).toBeGreaterThan(0);
      expect(unread).toEqual([]);
      expect(sameSlugs(read)).toEqual([]);
    }
  });
});

describe('sameSlugs', () => {
  test('groups the files that would give one page: a file and a folder, or a name spelled with marks', () => {
    expect(sameSlugs(['thon-dong-xa.yaml', 'thon-dong-xa/index.yaml', 'thon-dai-lan.yaml', 'Thôn Đại Lan.yaml'])).toEqual([
      ['thon-dong-xa', ['thon-dong-xa.yaml', 'thon-dong-xa/index.yaml']],
      ['thon-dai-lan', ['thon-dai-lan.yaml', 'Thôn Đại Lan.yaml']],
    ]);
  });

  test('finds none among entries with names of their own', () => {
    expect(sameSlugs(['thon-dong-xa.yaml', 'thon-dai-lan/index.yaml', 'tieu-khu-1.yaml'])).toEqual([]);
  });
});
