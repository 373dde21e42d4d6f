import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkitten';
import { describe, expect, test } from 'vitest';
import { vi } from '../../src/i18n/vi';
import { FONT_WEIGHTS, fontFile } from '../../src/lib/fontFiles';

// Every Vietnamese letter, in both cases: the twelve vowels with each of the five tone marks, and đ.
const VOWELS = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const LETTERS = [...VOWELS].flatMap((vowel) => TONES.map((tone) => (vowel + tone).normalize('NFC'))).join('') + 'đbcdghklmnpqrstvx';
const ALPHABET = LETTERS + LETTERS.toUpperCase();

/** The characters of `text` that `font` has no glyph for. */
const missing = (font: Font, text: string) => [...new Set(text.replace(/\s/g, ''))].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));

describe('the site font (else: npm run fonts)', () => {
  for (const weight of FONT_WEIGHTS) {
    const font = create(readFileSync(fontFile(weight))) as Font;

    test(`${weight}: one file is Be Vietnam Pro of that weight, with every Vietnamese letter and the dictionary's letters and punctuation`, () => {
      expect(font.familyName).toBe('Be Vietnam Pro');
      expect(font['OS/2'].usWeightClass).toBe(weight);
      expect(ALPHABET).toHaveLength(2 * (12 * 6 + 17));
      expect(missing(font, ALPHABET)).toEqual([]);
      // Letters, figures and punctuation; the arrows (← ↓ ↻), which Be Vietnam Pro does not draw, come from the system.
      expect(missing(font, Object.values(vi).join('').replace(/[^\p{L}\p{N}\p{P}]/gu, ''))).toEqual([]);
      expect(missing(font, '“”‘’–—…·₫€0123456789%')).toEqual([]);
    });
  }
});
