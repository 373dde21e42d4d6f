import { describe, expect, test } from 'vitest';
import { highlight, phraseFirst } from '../../src/lib/searchRanking';

describe('phraseFirst', () => {
  const pages = [
    { id: 'apart', text: 'Đồng chí Bí thư … khen ngợi … đã được thưởng' },
    { id: 'phrase', text: 'Quyết định khen thưởng các tập thể' },
    { id: 'other', text: 'Khen và thưởng' },
  ];

  test('puts pages holding the query as a phrase first, with or without marks', () => {
    expect(phraseFirst(pages, 'khen thưởng', (p) => p.text).map((p) => p.id)).toEqual(['phrase', 'apart', 'other']);
    expect(phraseFirst(pages, 'KHEN THUONG', (p) => p.text).map((p) => p.id)).toEqual(['phrase', 'apart', 'other']);
  });

  test('treats a quoted query as the same phrase', () => {
    expect(phraseFirst(pages, '"khen thuong"', (p) => p.text)[0]!.id).toBe('phrase');
  });

  test('keeps the order for a one-word query', () => {
    expect(phraseFirst(pages, 'khen', (p) => p.text).map((p) => p.id)).toEqual(['apart', 'phrase', 'other']);
  });

  test('matches đ typed as d', () => {
    const list = [{ t: 'đảng viên và bộ đội' }, { t: 'Đại hội Đảng bộ xã' }];
    expect(phraseFirst(list, 'dang bo', (x) => x.t)[0]!.t).toBe('Đại hội Đảng bộ xã');
  });
});

describe('highlight', () => {
  test('marks words that start like a query word, whatever their marks', () => {
    expect(highlight('Tập trung <mark>giải</mark> phóng mặt bằng', 'giai phong')).toBe(
      'Tập trung <mark>giải</mark> <mark>phóng</mark> mặt bằng',
    );
    expect(highlight('Đại hội Đảng bộ', 'dang')).toBe('Đại hội <mark>Đảng</mark> bộ');
  });

  test('keeps the text safe to insert as HTML', () => {
    expect(highlight('a &lt;b&gt; &amp; <mark>c</mark>', 'c')).toBe('a &lt;b&gt; &amp; <mark>c</mark>');
  });
});
