// The plan is published in full: every word of the issued text, in order, with nothing added. The text was
// restored from a PDF extract (tests/fixtures/, a copy of shared/source/), so this compares words, not lines.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const source = readFileSync(new URL('../fixtures/ke-hoach-thi-dua-cao-diem-2025.txt', import.meta.url), 'utf8');
const mdx = readFileSync(new URL('../../content/plans/thi-dua-cao-diem-2025.md', import.meta.url), 'utf8');

/** Words of a text in NFC; a document number broken at its hyphen ("01-⏎KH/ĐU") is one word again. */
const words = (text: string) =>
  text
    .normalize('NFC')
    .replace(/(\S-)\s+(?=\S)/g, '$1')
    .split(/\s+/)
    .filter(Boolean);

const [, frontmatter = '', body = ''] = mdx.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
const data = parse(frontmatter) as { title: string; signer: { name: string; title: string }; recipients: string[] };

const bodyStart = source.indexOf('Năm 2025');
const recipientsStart = source.indexOf('Nơi nhận:');
const signatureStart = source.indexOf('CHỦ TỊCH');

describe('the plan as published', () => {
  test('has the body of the issued text, word for word', () => {
    const published = words(body.replace(/^#{2,4} /gm, ''));
    expect(published).toEqual(words(source.slice(bodyStart, recipientsStart)));
  });

  test('has the title of the issued text', () => {
    const issuedTitle = words(source.slice(0, bodyStart)).slice(2).join(' ');
    expect(data.title.toLowerCase()).toBe(`kế hoạch ${issuedTitle}`.toLowerCase());
  });

  test('has every recipient of "Nơi nhận", in order', () => {
    const issued = source
      .slice(recipientsStart + 'Nơi nhận:'.length, signatureStart)
      .split('\n')
      .map((line) => line.trim().replace(/^- /, '').replace(/[;.]$/, '').replace(/\s+/g, ' '))
      .filter(Boolean);
    expect(data.recipients).toEqual(issued);
  });

  test('is signed as the issued text is', () => {
    expect(words(source.slice(signatureStart))).toEqual(['CHỦ', 'TỊCH', ...words(data.signer.name)]);
    expect(data.signer.title.toUpperCase()).toBe('CHỦ TỊCH');
  });
});
