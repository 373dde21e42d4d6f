import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { colours, rgb } from '../../src/lib/colours';

/** The `--color-*` values of global.css's @theme, which Tailwind makes the site's classes from. */
function themeColours(): Map<string, string> {
  const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
  const theme = css.match(/@theme\s*\{([\s\S]*?)\n\}/)?.[1] ?? '';
  return new Map([...theme.matchAll(/--color-([\w-]+):\s*(#[0-9a-f]{6});/gi)].map(([, name, value]) => [name!, value!.toLowerCase()]));
}

describe('colours', () => {
  test('are the colours of the stylesheet, so the feeds, the phone bar and the share pictures match the pages', () => {
    const theme = themeColours();
    for (const [name, value] of Object.entries(colours)) {
      const cssName = name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
      expect(theme.get(cssName), `--color-${cssName} in global.css`).toBe(value);
    }
  });
});

describe('rgb', () => {
  test('reads a colour written #rrggbb', () => {
    expect(rgb('#0b3a6a')).toEqual([11, 58, 106]);
    expect(rgb('#ffffff')).toEqual([255, 255, 255]);
  });
});
