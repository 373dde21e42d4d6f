import { describe, expect, test } from 'vitest';
import { firstWhere } from '../../src/lib/firstWhere';

// Search results holding the query as a phrase, the first use of it.
describe('firstWhere', () => {
  const pages = [
    { id: 'apart', phrase: false },
    { id: 'phrase', phrase: true },
    { id: 'other', phrase: false },
    { id: 'phrase too', phrase: true },
  ];

  test('puts pages holding the phrase first, each group in its own order', () => {
    expect(firstWhere(pages, (p) => p.phrase).map((p) => p.id)).toEqual(['phrase', 'phrase too', 'apart', 'other']);
  });

  test('keeps the order when no page holds the phrase', () => {
    expect(firstWhere(pages, () => false).map((p) => p.id)).toEqual(['apart', 'phrase', 'other', 'phrase too']);
  });
});
