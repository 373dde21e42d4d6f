import { describe, expect, test } from 'vitest';
import { asksForRevoked, calledBy, endsName, highlight, holdsEveryWord, holdsPhrase, holdsWordsInARow, inARow, isQuestion, lettersApartFromNumbers, namedIn, namesNumberOf, queryWords, startsName, tidyNumbers, withDStroke, withoutAskingWords, withoutTelex } from '../../src/lib/searchRanking';

describe('withDStroke', () => {
  test('spells each word that starts with d with đ, in quotes and capitals too', () => {
    expect(withDStroke('dai hoi dang bo')).toBe('đai hoi đang bo');
    expect(withDStroke('"Dong xa" ho gia dinh')).toBe('"Đong xa" ho gia đinh');
    expect(withDStroke('“dai hoi” (dang bo)')).toBe('“đai hoi” (đang bo)');
  });

  test('leaves a d inside a word, and a query without one', () => {
    expect(withDStroke('khen thuong 2025')).toBe('khen thuong 2025');
    expect(withDStroke('qd 205')).toBe('qd 205');
  });
});

describe('queryWords', () => {
  test('folds marks, capitals, đ and quotes as Pagefind compares words', () => {
    expect(queryWords('  "Đảng  BỘ" xã ')).toEqual(['dang', 'bo', 'xa']);
  });
});

describe('holdsPhrase', () => {
  test('finds the query in a row in the text, with or without marks, đ typed as d', () => {
    expect(holdsPhrase('Quyết định khen thưởng các tập thể', 'KHEN THUONG')).toBe(true);
    expect(holdsPhrase('Đại hội Đảng bộ xã', 'dang bo')).toBe(true);
    expect(holdsPhrase('đảng viên và bộ đội', 'dang bo')).toBe(false);
    expect(holdsPhrase('Khen và thưởng', '"khen thưởng"')).toBe(false);
  });

  test('ignores the punctuation between words, as Pagefind does', () => {
    expect(holdsPhrase('gương người tốt, việc tốt', 'nguoi tot viec tot')).toBe(true);
    expect(holdsPhrase('Bắc – Nam', 'bac nam')).toBe(true);
  });
});

describe('holdsWordsInARow', () => {
  test('finds the words in a row, each whole, where holdsPhrase takes the last as the start of a word', () => {
    expect(holdsWordsInARow('Hợp tác xã Rau an toàn', 'hop tac xa rau')).toBe(true);
    expect(holdsPhrase('Hợp tác xã Rau an toàn', 'hop tac xa ra')).toBe(true);
    expect(holdsWordsInARow('Hợp tác xã Rau an toàn', 'hop tac xa ra')).toBe(false);
    expect(holdsWordsInARow('Hợp tác xã Rau an toàn', 'ac xa rau')).toBe(false);
    expect(holdsWordsInARow('Đại hội Đảng bộ xã.', 'dai hoi dang bo xa')).toBe(true);
  });
});

describe('asksForRevoked', () => {
  test('knows a search for what was revoked, with or without marks, from one that only holds the letters', () => {
    expect(asksForRevoked('quyet dinh thu hoi')).toBe(true);
    expect(asksForRevoked('Quyết định thu hồi 226')).toBe(true);
    expect(asksForRevoked('quyet dinh khen thuong')).toBe(false);
    expect(asksForRevoked('thu hoach lua')).toBe(false);
  });
});

describe('namesNumberOf', () => {
  const TITLE = 'Quyết định 226/QĐ-UBND (đã thu hồi): Về việc khen thưởng cá nhân';
  test('knows a query that holds the number of a title, whole', () => {
    expect(namesNumberOf(TITLE, 'qd 226')).toBe(true);
    expect(namesNumberOf(TITLE, '226/QĐ-UBND')).toBe(true);
    expect(namesNumberOf(TITLE, 'quyet dinh 22')).toBe(false);
    expect(namesNumberOf(TITLE, 'quyet dinh khen thuong')).toBe(false);
  });
});

describe('startsName', () => {
  const stories = 'Gương điển hình tiên tiến, gương người tốt, việc tốt';
  test('is true for the start of a name, or of a part after a comma, word for word', () => {
    expect(startsName(stories, 'guong dien hinh')).toBe(true);
    expect(startsName(stories, 'GƯƠNG NGƯỜI TỐT')).toBe(true);
    expect(startsName('Khen thưởng', 'khen thuong')).toBe(true);
  });

  test('is false for words inside a name, a part of a word, or a single word', () => {
    expect(startsName('Kế hoạch thi đua', 'thi dua')).toBe(false);
    expect(startsName(stories, 'tien tien')).toBe(false);
    expect(startsName(stories, 'guong dien hin')).toBe(false);
    expect(startsName('Khen thưởng', 'khen')).toBe(false);
  });
});

describe('calledBy', () => {
  test('gives a unit whose name starts with its kind\'s word the rest of its name too', () => {
    expect(calledBy('Thôn Đồng Xá', 'Thôn')).toEqual(['Thôn Đồng Xá', 'Đồng Xá']);
    expect(calledBy('Hợp tác xã Rau an toàn Đồng Xá', 'Hợp tác xã')).toEqual(['Hợp tác xã Rau an toàn Đồng Xá', 'Rau an toàn Đồng Xá']);
    expect(calledBy('thôn  Yên Thái', 'Thôn')).toEqual(['thôn  Yên Thái', 'Yên Thái']);
  });

  test('gives any other unit its own name only', () => {
    expect(calledBy('Công ty TNHH May Hà Phong', 'Doanh nghiệp')).toEqual(['Công ty TNHH May Hà Phong']);
    expect(calledBy('Thôn', 'Thôn')).toEqual(['Thôn']);
    expect(calledBy('Thông tin xã', 'Thôn')).toEqual(['Thông tin xã']);
  });

  test('with startsName, lets a query of the name or of the name residents use lead to the unit', () => {
    const names = calledBy('Thôn Đồng Xá', 'Thôn');
    for (const query of ['thon dong xa', 'dong xa', 'ĐỒNG XÁ']) expect(names.some((name) => startsName(name, query))).toBe(true);
    for (const query of ['xa', 'thon', 'dong xa ha trung']) expect(names.some((name) => startsName(name, query))).toBe(false);
  });
});

describe('holdsEveryWord', () => {
  test('is true when each word typed starts a word of the text, whatever the marks and punctuation', () => {
    expect(holdsEveryWord('Hộ ông Hoàng Văn E hiến đất', 'hoang van e')).toBe(true);
    expect(holdsEveryWord('Quyết định 178/QĐ-UBND', 'qd 178')).toBe(true);
    expect(holdsEveryWord('Giải phóng mặt bằng', 'giai pho')).toBe(true);
    // Pagefind also indexes a hyphenated token whole, its punctuation removed.
    expect(holdsEveryWord('nhiệm kỳ 2025-2030', '20252030')).toBe(true);
  });

  test('is false when a word typed is in no word of the text, only a word it starts with', () => {
    expect(holdsEveryWord('Có nhiều hộ dân tham gia', 'covid')).toBe(false);
    expect(holdsEveryWord('Học tập và làm theo', 'hoc bong')).toBe(false);
  });
});

describe('inARow', () => {
  test('is true when as many matched positions as query words follow one another', () => {
    expect(inARow([2, 9, 10, 11, 40], 3)).toBe(true);
    expect(inARow([2, 9, 10, 40, 41], 3)).toBe(false);
    expect(inARow([7], 1)).toBe(true);
    expect(inARow([], 2)).toBe(false);
  });
});

describe('highlight', () => {
  test('marks words that start like a query word, whatever their marks', () => {
    expect(highlight('Tập trung <mark>giải</mark> phóng mặt bằng', 'giai phong')).toBe(
      'Tập trung <mark>giải phóng</mark> mặt bằng',
    );
    expect(highlight('Đại hội Đảng bộ', 'dang')).toBe('Đại hội <mark>Đảng</mark> bộ');
  });

  test('marks the words a query word is, where there are such, not every word it starts', () => {
    expect(highlight('Thông tin về Thôn Đồng Xá, nơi xây dựng', 'thon dong xa')).toBe(
      'Thông tin về <mark>Thôn Đồng Xá</mark>, nơi xây dựng',
    );
    // A last word still being typed marks the words it starts.
    expect(highlight('giải phóng mặt bằng', 'giai pho')).toBe('<mark>giải phóng</mark> mặt bằng');
  });

  // A screen reader stops at each mark: words side by side are one, words apart stay apart.
  test('marks words side by side as one', () => {
    expect(highlight('Đảng bộ xã, Đảng ủy', 'dang bo')).toBe('<mark>Đảng bộ</mark> xã, <mark>Đảng</mark> ủy');
  });

  test('keeps the text safe to insert as HTML', () => {
    expect(highlight('a &lt;b&gt; &amp; <mark>c</mark>', 'c')).toBe('a &lt;b&gt; &amp; <mark>c</mark>');
  });
});

describe('numbers as residents type them', () => {
  test('a hyphen between a word and a number is a space, and "số" before a number goes, first or after a kind', () => {
    expect(tidyNumbers('qd-205')).toBe('qd 205');
    expect(tidyNumbers('so 205')).toBe('205');
    expect(tidyNumbers('quyết định Số 205')).toBe('quyết định 205');
    expect(tidyNumbers('SỐ 152/QĐ-UBND')).toBe('152/QĐ-UBND');
    expect(tidyNumbers('ke hoach so 250')).toBe('ke hoach 250');
  });

  test('"số" that is part of a word stays, before a number too', () => {
    expect(tidyNumbers('chuyển đổi số 2025')).toBe('chuyển đổi số 2025');
    expect(tidyNumbers('dan so 2025')).toBe('dan so 2025');
  });

  test('leaves the rest as typed', () => {
    // "số" not before a number, a hyphen between words or between numbers.
    expect(tidyNumbers('so ke hoach')).toBe('so ke hoach');
    expect(tidyNumbers('sổ tay')).toBe('sổ tay');
    expect(tidyNumbers('152/QĐ-UBND 2025-2030')).toBe('152/QĐ-UBND 2025-2030');
    expect(tidyNumbers('xoso 5')).toBe('xoso 5');
  });

  test('takes letters glued to a number apart from it', () => {
    expect(lettersApartFromNumbers('qd152')).toBe('qd 152');
    expect(lettersApartFromNumbers('QĐ205')).toBe('QĐ 205');
    expect(lettersApartFromNumbers('tieu khu5')).toBe('tieu khu 5');
    expect(lettersApartFromNumbers('152qd')).toBe('152 qd');
    expect(lettersApartFromNumbers('2/9 2025-2030')).toBe('2/9 2025-2030');
  });
});

describe('endsName', () => {
  test('is a name of two words or more that ends the query, word for word, marks or not', () => {
    expect(endsName('Tiểu khu 1', 'khen thuong tieu khu 1')).toBe(true);
    expect(endsName('Đồng Xá', 'guong dien hinh dong xa')).toBe(true);
    expect(endsName('Thôn Đồng Xá', 'thôn Đồng Xá')).toBe(true);
  });

  test('is not a name that stops short of the end, a part of a word, or a name of one word', () => {
    expect(endsName('Tiểu khu 1', 'khen thuong tieu khu 10')).toBe(false);
    expect(endsName('Đồng Xá', 'dong xa moi')).toBe(false);
    expect(endsName('1', 'khen thuong 1')).toBe(false);
  });
});

describe('namedIn', () => {
  const stories = 'Gương điển hình tiên tiến, gương người tốt, việc tốt';
  test('finds a part of a name of two words or more anywhere in a question, whole and in a row', () => {
    expect(namedIn('Khen thưởng', 'toi muon xem danh sach nguoi duoc khen thuong nam 2025')).toBe(true);
    expect(namedIn(stories, 'cho tôi xem những gương người tốt ở thôn Đồng Xá')).toBe(true);
    expect(namedIn('Thôn Đồng Xá', 'toi muon xem tin cua thon dong xa')).toBe(true);
  });

  test('is false for a single word of a name, words apart, or part of a word', () => {
    expect(namedIn('Khen thưởng', 'toi muon biet ai duoc khen')).toBe(false);
    expect(namedIn('Khen thưởng', 'toi muon biet ai duoc khen va thuong')).toBe(false);
    expect(namedIn('Tin tức', 'toi muon xem tin tucs')).toBe(false);
    expect(namedIn('Văn bản', 'văn')).toBe(false);
  });
});

describe('isQuestion', () => {
  test('is a query of five words or more with a word that asks', () => {
    expect(isQuestion('toi muon xem danh sach khen thuong')).toBe(true);
    expect(isQuestion('tôi  muốn xem  tin tức')).toBe(true);
    expect(isQuestion('ai duoc khen thuong')).toBe(false);
    expect(isQuestion('ke hoach thi dua cao diem  2025')).toBe(false);
  });
});

describe('withoutAskingWords', () => {
  test('leaves out of a question the words that ask, and keeps those that name', () => {
    expect(withoutAskingWords('tôi muốn tìm quyết định khen thưởng cho ông Nguyễn Văn A')).toBe('quyết định khen thưởng ông Nguyễn Văn A');
    expect(withoutAskingWords('toi muon xem tin cua thon dong xa')).toBe('tin thon dong xa');
  });

  test('leaves a query of fewer than five words as it is', () => {
    expect(withoutAskingWords('ve sinh moi truong')).toBe('ve sinh moi truong');
    expect(withoutAskingWords('giup ho ngheo')).toBe('giup ho ngheo');
  });
});

describe('withoutTelex', () => {
  test('leaves out the keys Telex types for marks, as a keyboard that does not turn them into letters leaves them', () => {
    expect(withoutTelex('ddaij hooij ddangr booj')).toBe('dai hoi dang bo');
    expect(withoutTelex('khen thuowngr')).toBe('khen thuong');
    expect(withoutTelex('guowng nguwowif toots vieecj toots')).toBe('guong nguoi tot viec tot');
    expect(withoutTelex('giaay khen')).toBe('giay khen');
  });

  test('leaves words with marks, numbers, and a last letter after no vowel as they are, beside Telex', () => {
    expect(withoutTelex('ddaij hooij Đảng bộ xã')).toBe('dai hoi Đảng bộ xã');
    expect(withoutTelex('ddaij hooij htx rau tk5 qd 205 bhxh')).toBe('dai hoi htx rau tk5 qd 205 bhxh');
  });

  test('leaves a query with no key that only Telex types as it is: a last letter for the tone may be a slip', () => {
    expect(withoutTelex('dai hoj dang bo')).toBe('dai hoj dang bo');
    expect(withoutTelex('ddai hoj')).toBe('dai ho');
  });
});
