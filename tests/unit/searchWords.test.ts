import { describe, expect, it } from 'vitest';
import { closestWords, knownWords } from '../../src/lib/searchWords';

describe('knownWords', () => {
  it('leaves out numbers in Roman figures, not the words that hold such letters', () => {
    expect(knownWords(['Đại hội lần thứ XXIII, nhiệm kỳ XIV; II. VIỆC CẦN LÀM: XÃ, MIỄN'])).toEqual(
      knownWords(['Đại hội lần thứ, nhiệm kỳ; . VIỆC CẦN LÀM: XÃ, MIỄN']),
    );
    expect(knownWords(['XXIII VIỆC'])).toEqual(['viec']);
  });

  it('folds the words as residents type them, most frequent first, without numbers or single letters', () => {
    expect(knownWords(['Khen thưởng Đảng bộ', 'Bằng khen số 205 của xã', 'Khen thưởng: Giấy khen, 2025'])).toEqual([
      'khen',
      'thuong',
      'bang',
      'bo',
      'cua',
      'dang',
      'giay',
      'so',
      'xa',
    ]);
  });
});

describe('closestWords', () => {
  const known = knownWords(['thưởng thưởng thưởng xã xã rau rau hội hội bằng bằng bông', 'thuộc thôn']);

  it.each([
    ['thuog', 'thuong'], // a letter left out
    ['thuonng', 'thuong'], // one too many
    ['thuomg', 'thuong'], // one wrong
    ['thuogn', 'thuong'], // two swapped
    ['rua', 'rau'],
    ['hoj', 'hoi'],
    ['xz', 'xa'],
    ['THUOG', 'thuong'],
    ['thưog', 'thuong'],
  ])('puts "%s" right to "%s" first', (typed, expected) => {
    expect(closestWords(typed, known)[0]).toBe(expected);
  });

  it('offers the words one slip away that start with the same letter first, each group by frequency, three at most', () => {
    const site = knownWords(['ứng ứng ứng ứng đua đua đua ra ra bằng bằng bông bung rau mua']);
    expect(closestWords('bng', site)).toEqual(['bang', 'bong', 'bung']);
    expect(closestWords('rua', site)).toEqual(['ra', 'rau', 'dua']);
    expect(closestWords('vua', site)).toEqual(['dua', 'mua']);
  });

  it('offers nothing for a word two slips from any, a known word, a number or a single letter', () => {
    expect(closestWords('covid', known)).toEqual([]);
    expect(closestWords('thuong', known)).toEqual([]);
    expect(closestWords('2055', known)).toEqual([]);
    expect(closestWords('qd205', known)).toEqual([]);
    expect(closestWords('x', known)).toEqual([]);
  });
});
