import { describe, expect, test } from 'vitest';
import { firstWhere } from '../../src/lib/firstWhere';
import { inARow } from '../../src/lib/searchRanking';

// Search results holding the query as a phrase, the first use of it.
describe('firstWhere', () => {
  const pages = [
    { id: 'apart', words: [3, 17] },
    { id: 'phrase', words: [5, 6] },
    { id: 'other', words: [1, 4] },
    { id: 'phrase too', words: [8, 12, 13] },
  ];

  test('puts pages holding the phrase first, each group in its own order', () => {
    expect(firstWhere(pages, (p) => inARow(p.words, 2)).map((p) => p.id)).toEqual(['phrase', 'phrase too', 'apart', 'other']);
  });

  test('keeps the order when no page holds the phrase', () => {
    expect(firstWhere(pages, () => false).map((p) => p.id)).toEqual(['apart', 'phrase', 'other', 'phrase too']);
  });
});
