import { describe, expect, test } from 'vitest';
import cms from '../../keystatic.config';
import { fieldLabel, fieldProblem, type LabelledField, plainProblems, problemAt, problemMessage, withFieldLabels } from '../../src/lib/fieldLabels';

const form = (collection: 'awards' | 'stories') => cms.collections![collection]!.schema as unknown as Record<string, LabelledField>;

describe('fieldLabel', () => {
  test('says a field as the CMS labels it, through objects and lists, counting items from 1', () => {
    expect(fieldLabel(form('stories'), ['photo', 'value', 'alt'])).toBe('Ảnh › Mô tả ảnh');
    expect(fieldLabel(form('stories'), ['photo', 'discriminant'])).toBe('Ảnh');
    expect(fieldLabel(form('stories'), ['photo', 'value'])).toBe('Ảnh');
    expect(fieldLabel(form('stories'), ['publishedAt'])).toBe('Ngày đăng');
    expect(fieldLabel(form('awards'), ['recipients', '0', 'kind'])).toBe('Người, tập thể được khen › mục thứ 1 › Đối tượng');
  });

  test('knows nothing of a path that leaves the form', () => {
    expect(fieldLabel(form('stories'), ['featued'])).toBeUndefined();
    expect(fieldLabel(form('stories'), [])).toBeUndefined();
  });
});

describe('withFieldLabels', () => {
  test('adds the CMS’s words to each field Astro names, and leaves the rest of the message', () => {
    const astro = 'stories → x data does not match collection schema.\n  **photo.value.alt**: ảnh chưa có “Mô tả ảnh”\n  ****: có trường không có trong mẫu';
    expect(withFieldLabels(astro, form('stories'))).toBe(
      'stories → x data does not match collection schema.\n  **photo.value.alt** (trong trang quản trị: “Ảnh › Mô tả ảnh”): ảnh chưa có “Mô tả ảnh”\n  ****: có trường không có trong mẫu',
    );
  });
});

describe('fieldProblem', () => {
  test('names the file and the field, with the CMS’s words for the field when they are given', () => {
    const file = 'content/stories/a/index.md';
    expect(fieldProblem(file, 'photo.value.image', 'không có tệp ảnh')).toBe('content/stories/a/index.md, trường "photo.value.image": không có tệp ảnh');
    expect(fieldProblem(file, 'photo.value.image', 'không có tệp ảnh', fieldLabel(form('stories'), ['photo', 'value', 'image']))).toBe(
      'content/stories/a/index.md, trường "photo.value.image" (trong trang quản trị: “Ảnh › Tệp ảnh”): không có tệp ảnh',
    );
  });
});

describe('problemAt and problemMessage', () => {
  test('names the entry by its file, or by its place in content/ when it has none, then the field and the problem', () => {
    const problem = 'cần một con số';
    const found = problemAt('units', { id: 'thon-a', filePath: 'content/units/thon-a.yaml' }, ['village'], problem);
    expect(found.file).toBe('content/units/thon-a.yaml');
    expect(problemMessage(found)).toBe('content/units/thon-a.yaml, trường "village": cần một con số');
    expect(problemMessage(problemAt('units', { id: 'thon-a' }, ['village'], problem))).toBe('content/units/thon-a, trường "village": cần một con số');
  });

  test("adds the field's words in the CMS, list items counted from 1, where the form has them", () => {
    const news = cms.collections!.news!.schema as unknown as Record<string, LabelledField>;
    const found = problemAt('news', { id: 'a', filePath: 'content/news/a/index.md' }, ['units', '3'], 'không có mục "x"');
    expect(problemMessage(found, news)).toBe(
      'content/news/a/index.md, trường "units, mục thứ 4" (trong trang quản trị: “Đơn vị, thôn, tiểu khu liên quan › mục thứ 4”): không có mục "x"',
    );
  });
});

describe('plainProblems', () => {
  test("keeps of Astro's message the fields and what is wrong with each, one to a line, without Markdown", () => {
    const message = [
      '**news → tin-hen-ngay** data does not match collection schema.',
      '',
      '  **publishedAt** (trong trang quản trị: “Ngày đăng”): ngày 05/01/2062 chưa tới',
      '  **title** (trong trang quản trị: “Tiêu đề”): cần một đoạn chữ, không được để trống',
      '  ****: có trường không có trong mẫu nội dung: tags',
      '',
    ].join('\n');
    expect(plainProblems(message).split('\n').map((line) => line.trim())).toEqual([
      'publishedAt (trong trang quản trị: “Ngày đăng”): ngày 05/01/2062 chưa tới',
      'title (trong trang quản trị: “Tiêu đề”): cần một đoạn chữ, không được để trống',
      'có trường không có trong mẫu nội dung: tags',
    ]);
  });

  test('leaves a message of its own words as it is', () => {
    const own = 'content/news/a/index.md, trường "publishedAt": ngày không có thật (2025-02-30)';
    expect(plainProblems(own)).toBe(own);
  });
});
