import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { unreadEntries } from '../../src/lib/entryLoader';

const fixture = 'tests/fixtures/bad-content/unread-entry/content';

describe('unreadEntries', () => {
  test('finds entries the site would pass over for the spelling of their file name', async () => {
    expect(await unreadEntries(`${fixture}/units`, ['yaml'])).toEqual(['thon-moi.yml']);
    expect(await unreadEntries(`${fixture}/news`, ['md', 'mdx'])).toEqual(['tin-chu-hoa/INDEX.MD']);
  });

  test('finds none in the site’s own content, photos beside entries included', async () => {
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
      expect(await unreadEntries(`content/${collection}`, extensions)).toEqual([]);
    }
  });
});
