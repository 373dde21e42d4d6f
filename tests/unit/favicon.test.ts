import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { faviconIco } from '../../scripts/favicon.mjs';

describe('public/favicon.ico', () => {
  test('is the SVG icon as it is now, at 16, 32 and 48 px (else: node scripts/favicon.mjs)', async () => {
    const committed = readFileSync('public/favicon.ico');
    expect(committed.readUInt16LE(2)).toBe(1);
    expect([0, 1, 2].map((i) => committed.readUInt8(6 + 16 * i))).toEqual([16, 32, 48]);
    expect(Buffer.compare(await faviconIco('public/favicon.svg'), committed)).toBe(0);
  });
});
