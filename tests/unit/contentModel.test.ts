// The content model is defined once (src/content.config.ts) and mirrored in the CMS (keystatic.config.ts): these
// tests keep the two in step and check every real file in content/ against the schemas, as the build does.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import keystatic from '../../keystatic.config';
import { collections } from '../../src/content.config';
import { slugify } from '../../src/lib/slugify';

const root = new URL('../../', import.meta.url).pathname;
type Name = keyof typeof collections;
const names = Object.keys(collections) as Name[];

/** Every file under content/<name>/ that the collection loads. */
function files(name: Name): string[] {
  const dir = join(root, 'content', name);
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
  return walk(dir).filter((f) => /\.(mdx?|yaml)$/.test(f));
}

/** The frontmatter or YAML data of a content file. */
function dataOf(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  return parse(/\.mdx?$/.test(file) ? (text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '') : text);
}

/** A CMS field as far as saving goes: Keystatic's own check, which throws on a value it refuses. */
type CmsField<Value> = { validate: (value: Value, slugs: undefined) => unknown };

/**
 * Whether the CMS saves `value` in `field`. A TypeError is no refusal but a field not as the test takes it (renamed,
 * or its check's arguments changed), and fails the test.
 */
function cmsSaves<Value>(field: CmsField<Value>, value: Value): boolean {
  try {
    field.validate(value, undefined);
    return true;
  } catch (error) {
    if (error instanceof TypeError) throw error;
    return false;
  }
}

/** The collection's zod schema, with images checked as files that exist beside the entry. */
function schemaOf(name: Name, file: string): z.ZodType {
  const schema = collections[name].schema as z.ZodType | ((ctx: { image: () => z.ZodType }) => z.ZodType);
  const image = () =>
    z.string().refine((p) => existsSync(join(dirname(file), p)), { message: 'không tìm thấy tệp ảnh bên cạnh bài' });
  return typeof schema === 'function' ? schema({ image }) : schema;
}

/** Field names of a zod schema, nested ones as "parent.child" (arrays and optional wrappers looked through). */
function zodFields(schema: unknown, prefix = ''): string[] {
  let s = schema as { def: { type: string; innerType?: unknown; in?: unknown; element?: unknown; shape?: Record<string, unknown> } };
  while (['optional', 'default', 'pipe', 'transform', 'nullable'].includes(s.def.type)) {
    const next = s.def.innerType ?? s.def.in;
    if (!next || (next as typeof s).def.type === 'transform') break;
    s = next as typeof s;
  }
  if (s.def.type === 'array') return zodFields(s.def.element, prefix);
  if (s.def.type !== 'object') return [];
  return Object.entries(s.def.shape!).flatMap(([key, value]) => [prefix + key, ...zodFields(value, `${prefix}${key}.`)]);
}

/** Field names of a Keystatic schema, nested the same way; a photo's tick box as its two fields, as it is saved. */
function keystaticFields(fields: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(fields).flatMap(([key, field]) => {
    let f = field as { kind: string; fields?: Record<string, unknown>; element?: unknown; values?: Record<string, typeof f> };
    while (f.kind === 'array') f = f.element as typeof f;
    const path = prefix + key;
    if (f.kind === 'conditional') return [path, `${path}.discriminant`, `${path}.value`, ...keystaticFields(f.values!.true!.fields!, `${path}.value.`)];
    return [path, ...(f.kind === 'object' ? keystaticFields(f.fields!, `${path}.`) : [])];
  });
}

const cms = { ...keystatic.collections, ...keystatic.singletons } as Record<string, { schema: Record<string, unknown> }>;

describe('the CMS mirrors the content schemas', () => {
  test('with the same collections, in the same order', () => {
    expect(Object.keys(cms)).toEqual(names);
  });

  for (const name of names) {
    test(`${name}: the same fields, in the same order`, () => {
      const schema = collections[name].schema as z.ZodType | ((ctx: { image: () => z.ZodType }) => z.ZodType);
      const zod = typeof schema === 'function' ? schema({ image: () => z.string() }) : schema;
      const cmsFields = keystaticFields(cms[name]!.schema).filter((f) => f !== 'body');
      expect(cmsFields).toEqual(zodFields(zod));
    });
  }
});

describe('every file in content/', () => {
  for (const name of names) {
    for (const file of files(name)) {
      const path = relative(root, file);
      test(`${path} matches the ${name} schema`, () => {
        const result = schemaOf(name, file).safeParse(dataOf(file));
        expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? []).toEqual([]);
      });
    }
  }

  test('is stored in NFC', () => {
    const notNfc = names.flatMap(files).filter((f) => {
      const text = readFileSync(f, 'utf8');
      return text !== text.normalize('NFC');
    });
    expect(notNfc).toEqual([]);
  });

  test('is named by an ASCII slug, so its URL is the file name', () => {
    const badNames = names.flatMap(files).filter((f) => {
      const base = relative(join(root, 'content'), f).split('/')[1]!.replace(/\.(mdx?|yaml)$/, '');
      return base !== slugify(base);
    });
    expect(badNames).toEqual([]);
  });
});

describe('text typed in any Unicode form', () => {
  test('is stored in NFC, so searching and comparing work', () => {
    const nfd = 'Thôn Đồng Xá'.normalize('NFD');
    const result = (collections.units.schema as z.ZodType).parse({ name: nfd, kind: 'thon', description: `Mô tả ${nfd}` }) as {
      name: string;
      description: string;
    };
    expect(result.name).toBe('Thôn Đồng Xá'.normalize('NFC'));
    expect(result.description).toBe(`Mô tả ${nfd}.`.normalize('NFC'));
  });

  test('meant as sentences, a summary or a description, ends as one even when typed without its full stop', () => {
    // The page's description is that text, shown cut where it ends by Zalo, Facebook and search engines.
    const unit = (collections.units.schema as z.ZodType).parse({ name: 'Thôn 1', kind: 'thon', description: 'Thôn ven sông Lèn ' }) as { description: string };
    expect(unit.description).toBe('Thôn ven sông Lèn.');
    const document = { kind: 'chi-thi', title: 'Về thi đua', issuer: 'Tỉnh ủy Thanh Hóa', issuedAt: '2021-05-28', summary: 'Chỉ thị về thi đua' };
    expect(((collections.documents.schema as z.ZodType).parse(document) as { summary: string }).summary).toBe('Chỉ thị về thi đua.');
  });

  test('is stored without what Word pastes unseen: zero-width and no-break spaces, and spaces around it', () => {
    const units = collections.units.schema as z.ZodType;
    const pasted = '\u00A0Thôn\u00A0Đồng\u00A0Xá\u200B ';
    expect((units.parse({ name: pasted, kind: 'thon', description: 'Mô tả' }) as { name: string }).name).toBe('Thôn Đồng Xá');
    // Nothing but those is no text at all, as a blank field is, in the CMS as in the build.
    expect(units.safeParse({ name: '\u200B\u00A0', kind: 'thon', description: 'Mô tả' }).success).toBe(false);
    const cmsName = keystatic.collections!.units!.schema.name as unknown as CmsField<{ name: string; slug: string }>;
    expect(cmsSaves(cmsName, { name: '\u200B\u00A0', slug: 'thon-dong-xa' })).toBe(false);
    expect(cmsSaves(cmsName, { name: pasted, slug: 'thon-dong-xa' })).toBe(true);
  });
});

describe("a decision's number, in the CMS and in the site", () => {
  const form = keystatic.collections!.awards!.schema.number as unknown as CmsField<{ name: string; slug: string }>;
  const site = (collections.awards.schema as z.ZodObject).shape.number as z.ZodType;
  // As the decision writes it: the number, "/", the symbol. Not what an editor may put before it.
  test.each([
    ['230/QĐ-UBND', true],
    ['4127/QĐ-UBND ', true],
    ['QĐ 230/QĐ-UBND', false],
    ['Số 230/QĐ-UBND', false],
    ['230 /QĐ-UBND', false],
    ['230', false],
    ['', false],
  ] as const)('"%s": saved and built exactly when right (%s)', (number, right) => {
    expect(site.safeParse(number).success).toBe(right);
    expect(cmsSaves(form, { name: number, slug: 'qd-230-qd-ubnd-2026' })).toBe(right);
  });
});

describe("a plan's target figures, in the CMS and in the site", () => {
  const form = (keystatic.collections!.plans!.schema.targets as unknown as { element: { fields: Record<string, CmsField<number>> } }).element.fields;
  const site = (((collections.plans.schema as z.ZodObject).shape.targets as z.ZodDefault).unwrap() as z.ZodArray).element as z.ZodObject;
  const saves = (field: string, value: number) => cmsSaves(form[field]!, value);
  const builds = (field: string, value: number) => site.shape[field]!.safeParse(value).success;

  // A target is a figure to reach, above 0; a value reported may still be 0.
  test.each([
    ['target', 100, true],
    ['target', 0.5, true],
    ['target', 0, false],
    ['target', -5, false],
    ['value', 0, true],
    ['value', 80, true],
    ['value', -1, false],
  ] as const)('%s %d: saved and built exactly when right (%s)', (field, value, right) => {
    expect(builds(field, value)).toBe(right);
    expect(saves(field, value)).toBe(right);
  });
});

describe("a story's photo, in the CMS and in the site", () => {
  const file = join(root, 'content/stories/ho-ong-hoang-van-e-tu-nguyen-hien-dat-mo-rong-duong-thon-dong-xa/index.md');
  const story = dataOf(file) as { photo: { discriminant: boolean; value: { image: string; alt: string } } };
  const builds = (photo: unknown) => schemaOf('stories', file).safeParse({ ...story, photo });
  const form = (keystatic.collections!.stories!.schema.photo as unknown as { values: { true: { fields: Record<string, CmsField<unknown>> } } })
    .values.true.fields;

  test('is read as its file and its description, or as none', () => {
    expect((builds(story.photo).data as { photo: unknown }).photo).toEqual(story.photo.value);
    expect((builds({ discriminant: false }).data as { photo?: unknown }).photo).toBeUndefined();
    expect((builds(undefined).data as { photo?: unknown }).photo).toBeUndefined();
  });

  // Saved without its description, a photo stopped every build of the site; the form now refuses it.
  test('without its description is neither saved nor built', () => {
    expect(cmsSaves(form.alt!, '')).toBe(false);
    expect(cmsSaves(form.alt!, '   ')).toBe(false);
    expect(cmsSaves(form.alt!, story.photo.value.alt)).toBe(true);
    expect(builds({ discriminant: true, value: { image: story.photo.value.image } }).error?.issues).toMatchObject([
      { path: ['photo', 'value', 'alt'], message: 'ảnh chưa có “Mô tả ảnh”: cần một câu tả ảnh có gì, cho người không xem được ảnh' },
    ]);
    expect(builds({ discriminant: true, value: { ...story.photo.value, alt: '  ' } }).error?.issues).toMatchObject([
      { path: ['photo', 'value', 'alt'], message: 'ảnh chưa có “Mô tả ảnh”: cần một câu tả ảnh có gì, cho người không xem được ảnh' },
    ]);
  });

  test('ticked without a photo, or a photo not ticked, stops the build rather than drop either', () => {
    expect(cmsSaves(form.image!, null)).toBe(false);
    expect(cmsSaves(form.image!, { data: new Uint8Array([255, 216, 255]), extension: 'jpg', filename: 'anh.jpg' })).toBe(true);
    expect(builds({ discriminant: true }).error?.issues).toMatchObject([{ path: ['photo', 'value'], message: expect.stringContaining('mà chưa có ảnh') }]);
    expect(builds({ discriminant: true, value: { alt: story.photo.value.alt } }).error?.issues).toMatchObject([
      { path: ['photo', 'value', 'image'], message: 'ô ảnh đã đánh dấu mà chưa có “Tệp ảnh” (image): chọn ảnh, hoặc bỏ dấu ô ảnh' },
    ]);
    expect(builds({ discriminant: false, value: story.photo.value }).error?.issues).toMatchObject([
      { path: ['photo', 'discriminant'], message: expect.stringContaining('mà ô ảnh chưa đánh dấu') },
    ]);
  });
});

describe('a text an editor may leave out', () => {
  const unit = { name: 'Thôn Đồng Xá', kind: 'thon', description: 'Thôn của xã.' };
  const parse = (value: object) => (collections.units.schema as z.ZodType).safeParse(value);

  test('left as spaces, as the CMS saves one cleared with the space bar, counts as left out', () => {
    const contact = (value: object) => (parse(value) as { data?: { contact?: string } }).data;
    expect(contact({ ...unit, contact: '   ' })).toMatchObject({ name: 'Thôn Đồng Xá' });
    expect(contact({ ...unit, contact: '   ' })?.contact).toBeUndefined();
    // Or as Word's zero-width space alone, which the site drops: left out, not an empty contact that stops the build.
    expect(contact({ ...unit, contact: '\u200B ' })?.contact).toBeUndefined();
    expect(contact(unit)).toMatchObject({ name: 'Thôn Đồng Xá' });
    expect(contact({ ...unit, contact: ' 0237 3800 000 ' })?.contact).toBe('0237 3800 000');
  });

  test('is still required where another field asks for it', () => {
    const file = join(root, 'content/awards/qd-226-qd-ubnd-2025.yaml');
    const result = schemaOf('awards', file).safeParse({ ...(dataOf(file) as object), statusNote: '  ' });
    expect(result.error?.issues).toMatchObject([{ path: ['statusNote'], message: 'quyết định đã thu hồi cần ghi lý do và quyết định thu hồi' }]);
  });
});

describe('a path or an address typed wrong says what is expected', () => {
  test("a decision's file not where the CMS saves it; the settings' site address without https://", () => {
    const award = join(root, 'content/awards/qd-205-qd-ubnd-2025.yaml');
    const fileIssues = (file: string) => schemaOf('awards', award).safeParse({ ...(dataOf(award) as object), file }).error?.issues;
    expect(fileIssues('tep/qd.pdf')).toMatchObject([{ path: ['file'], message: expect.stringMatching(/^cần một tệp trong thư mục \/tep\/khen-thuong\/ của trang/) }]);
    expect(fileIssues('/tep/khen-thuong/qd-205-qd-ubnd-2025/file.pdf')).toBeUndefined();
    expect(fileIssues(123 as unknown as string)).toMatchObject([{ path: ['file'], message: 'cần đường dẫn của một tệp, ví dụ /tep/khen-thuong/ten-muc/file.pdf' }]);
    const settings = join(root, 'content/settings/index.yaml');
    expect(schemaOf('settings', settings).safeParse({ ...(dataOf(settings) as object), siteUrl: 'thidua.hatrung.gov.vn' }).error?.issues).toMatchObject([
      { path: ['siteUrl'], message: 'cần một địa chỉ web đầy đủ, bắt đầu bằng https://' },
    ]);
  });
});

describe('fields that contradict each other stop the build, at the field to mend', () => {
  test('a revoked decision without the reason and the decision that revoked it', () => {
    const file = join(root, 'content/awards/qd-226-qd-ubnd-2025.yaml');
    const { statusNote, ...revoked } = dataOf(file) as { status: string; statusNote: string };
    expect(revoked.status).toBe('thu-hoi');
    expect(statusNote).toBeTruthy();
    const result = schemaOf('awards', file).safeParse(revoked);
    expect(result.error?.issues).toMatchObject([{ path: ['statusNote'], message: 'quyết định đã thu hồi cần ghi lý do và quyết định thu hồi' }]);
  });

  test('a revoked decision without the day it was revoked; a day of revocation on one in force, or before it was signed', () => {
    const file = join(root, 'content/awards/qd-226-qd-ubnd-2025.yaml');
    const { revokedAt, ...revoked } = dataOf(file) as { status: string; revokedAt: string; issuedAt: string };
    expect(revokedAt).toBeTruthy();
    const schema = schemaOf('awards', file);
    expect(schema.safeParse(revoked).error?.issues).toMatchObject([{ path: ['revokedAt'], message: 'quyết định đã thu hồi cần ngày thu hồi' }]);
    const { statusNote, ...inForce } = { ...revoked, status: 'hieu-luc', revokedAt } as typeof revoked & { statusNote?: string };
    expect(statusNote).toBeTruthy();
    expect(schema.safeParse(inForce).error?.issues).toMatchObject([{ path: ['revokedAt'], message: 'chỉ điền ngày thu hồi khi chọn “Đã thu hồi”' }]);
    expect(schema.safeParse({ ...revoked, revokedAt: '2025-01-01' }).error?.issues).toMatchObject([
      { path: ['revokedAt'], message: 'ngày thu hồi không được trước ngày ký (issuedAt)' },
    ]);
  });

  test('news corrected before it was published', () => {
    const file = join(root, 'content/news/chung-tay-ho-tro-ho-ngheo-ho-co-hoan-canh-kho-khan-dip-quoc-khanh-2-9/index.md');
    const item = dataOf(file) as { publishedAt: string };
    const schema = schemaOf('news', file);
    expect(schema.safeParse({ ...item, updatedAt: item.publishedAt }).success).toBe(true);
    const result = schema.safeParse({ ...item, updatedAt: '2020-01-01' });
    expect(result.error?.issues).toMatchObject([{ path: ['updatedAt'], message: 'ngày cập nhật không được trước ngày đăng (publishedAt)' }]);
  });
});

describe("the CMS's settings form", () => {
  // An address it took that the site refuses saved silently, and the next build stopped.
  const { email, siteUrl } = keystatic.singletons!.settings.schema;
  const settings: Record<string, CmsField<string>> = { email, siteUrl };
  const site = (collections.settings.schema as z.ZodObject).shape as Record<string, z.ZodType>;
  const accepts = (field: string, value: string) => cmsSaves(settings[field]!, value);

  test.each([
    ['email', 'vanphong@hatrung.gov.vn', true],
    ['email', 'vanphong@hatrung', false],
    ['email', 'văn phòng', false],
    ['email', 'văn.phòng@hatrung.gov.vn', false],
    ['email', 'vanphong@hatrung.gov.v', false],
    ['email', 'a..b@hatrung.gov.vn', false],
    ['email', 'vanphong@hatrung.gov.vn.', false],
    ['siteUrl', 'https://thidua.hatrung.gov.vn', true],
    ['siteUrl', 'https://thidua.hatrung.gov.vn/', true],
    ['siteUrl', 'thidua.hatrung.gov.vn', false],
    ['siteUrl', 'https://', false],
    ['siteUrl', 'https://thidua.hatrung.gov.vn:99999', false],
    ['siteUrl', 'https://[x.vn', false],
  ])('takes %s "%s" exactly when the site does (%s)', (field, value, right) => {
    expect(site[field]!.safeParse(value).success).toBe(right);
    expect(accepts(field, value)).toBe(right);
  });

  test('says in Vietnamese what it expects', () => {
    expect(() => settings.siteUrl!.validate('thidua.hatrung.gov.vn', undefined)).toThrow('Cần địa chỉ đầy đủ, bắt đầu bằng https://');
  });
});

// A web page saved from Word, an SVG: uploaded as a decision's file, it ran its scripts on the site's own address.
describe("the CMS's decision and document files", () => {
  const fileFields = [keystatic.collections!.awards!.schema.file, keystatic.collections!.documents!.schema.file] as unknown as CmsField<unknown>[];
  const upload = (filename: string) => ({ data: new Uint8Array([37, 80, 68, 70]), extension: filename.split('.').pop()!, filename });

  test('takes a PDF, a Word or Excel file, a photo of the page, or none', () => {
    for (const field of fileFields) {
      for (const value of [upload('QĐ 205.pdf'), upload('qd.DOCX'), upload('bang-tong-hop.xlsx'), upload('anh-chup.jpg'), null]) {
        expect(() => field.validate(value, undefined)).not.toThrow();
      }
    }
  });

  // A phone's photo of the signed page, named ".jfif" by Windows: a JPEG, which the site serves as ".jpg".
  test('saves a JPEG named .jfif as .jpg, in its entry\'s folder', () => {
    const [award, document] = fileFields as unknown as { serialize: (value: unknown, extra: object) => { value?: string } }[];
    expect(award!.serialize(upload('anh-chup.jfif'), { slug: 'qd-9-qd-ubnd-2025', suggestedFilenamePrefix: 'file' }).value).toBe(
      '/tep/khen-thuong/qd-9-qd-ubnd-2025/file.jpg',
    );
    expect(document!.serialize(upload('ct.PDF'), { slug: 'ct-39', suggestedFilenamePrefix: 'file' }).value).toBe('/tep/van-ban/ct-39/file.PDF');
  });

  test('refuses a web page or a picture drawn as code, saying which formats it takes', () => {
    for (const field of fileFields) {
      expect(() => field.validate(upload('quyet-dinh.htm'), undefined)).toThrow(
        'Tệp “quyet-dinh.htm” có dạng “htm” mà trang web không đăng được: cần tệp PDF, Word (DOC, DOCX, ODT), Excel (XLS, XLSX, ODS) hoặc ảnh chụp (JPG, PNG).',
      );
      expect(() => field.validate(upload('logo.svg'), undefined)).toThrow('có dạng “svg”');
    }
  });
});

describe("the CMS's addresses of pages elsewhere (a document's official text, the commune's social pages)", () => {
  const documentUrl = keystatic.collections!.documents!.schema.url as unknown as CmsField<string>;
  const socialUrl = (keystatic.singletons!.settings.schema.social as unknown as { element: { fields: { url: CmsField<string> } } }).element.fields.url;
  const site = (collections.documents.schema as z.ZodObject).shape.url as z.ZodType;
  const accepts = cmsSaves<string>;
  const good = ['https://chinhphu.vn/', 'https://vanban.chinhphu.vn/?pageid=27160&docid=207050', 'https://www.facebook.com/ubnd.xahatrung', 'http://hatrung.thanhhoa.gov.vn:8080/van-ban#dieu-1'];
  // Saved by Keystatic's own url field: the first two stopped the build, the last three were links dead for everyone.
  const bad = ['www.chinhphu.vn', 'facebook.com/ubndxahatrung', 'C:\\Users\\A\\39.pdf', 'https:/x.vn', 'http://localhost:3000/x'];

  test.each(good)('takes "%s", as the site does', (value) => {
    expect(site.safeParse(value).success).toBe(true);
    expect(accepts(documentUrl, value)).toBe(true);
    expect(accepts(socialUrl, value)).toBe(true);
  });

  test.each(bad)('refuses "%s" on saving, as the site would at the build', (value) => {
    expect(site.safeParse(value).success).toBe(false);
    expect(accepts(documentUrl, value)).toBe(false);
    expect(accepts(socialUrl, value)).toBe(false);
  });

  test('leaves a document without one, and asks a social page for one, in Vietnamese', () => {
    expect(accepts(documentUrl, '')).toBe(true);
    expect(() => socialUrl.validate('', undefined)).toThrow('“Địa chỉ” cần địa chỉ đầy đủ, bắt đầu bằng https://');
  });
});

describe("a news item's keywords, in the CMS and in the site", () => {
  const cmsKeyword = (keystatic.collections!.news!.schema.tags as unknown as { element: CmsField<string> }).element;
  const file = join(root, 'content/news/chung-tay-ho-tro-ho-ngheo-ho-co-hoan-canh-kho-khan-dip-quoc-khanh-2-9/index.md');
  const parse = (tags: string[]) => schemaOf('news', file).safeParse({ ...(dataOf(file) as object), tags });

  test.each(['Đảng bộ', 'GPMB', '2025', 'đường sắt cao tốc Bắc – Nam'])('takes "%s", which names a page of its own', (value) => {
    expect(cmsSaves(cmsKeyword, value)).toBe(true);
    expect(parse([value]).success).toBe(true);
  });

  // Two keywords typed in one box: as one, they made a page of their own, apart from "nông thôn mới".
  test.each(['nông thôn mới, vệ sinh', 'Đảng bộ; thi đua'])('refuses "%s", two keywords in one', (value) => {
    expect(cmsSaves(cmsKeyword, value)).toBe(false);
    expect(parse([value]).error?.issues).toMatchObject([
      { path: ['tags', 0], message: `mỗi từ khóa một mục: “${value}” có dấu phẩy hoặc chấm phẩy, hãy tách thành các từ khóa riêng, mỗi từ khóa một dòng bắt đầu bằng "- "` },
    ]);
  });

  // Each had no page of its own, and its link on the news item led to /the//, a page that does not exist.
  test.each(['–', '…', '🎉', '#'])('refuses "%s", with no letter or digit to name its page', (value) => {
    expect(cmsSaves(cmsKeyword, value)).toBe(false);
    expect(parse(['Đảng bộ', value]).error?.issues).toMatchObject([
      { path: ['tags', 1], message: 'cần ít nhất một chữ cái hoặc chữ số: từ khóa chỉ có dấu câu hay biểu tượng thì không có trang riêng' },
    ]);
  });
});

// Typed by hand in GitHub's editor, where no tick box or list field guides: zod's own words were English and spoke of
// types ("Invalid input: expected boolean, received string").
describe('a yes-or-no or a list written wrongly by hand', () => {
  const file = join(root, 'content/news/chung-tay-ho-tro-ho-ngheo-ho-co-hoan-canh-kho-khan-dip-quoc-khanh-2-9/index.md');
  const parse = (fields: object) => schemaOf('news', file).safeParse({ ...(dataOf(file) as object), ...fields });

  const LIST = 'cần một danh sách, mỗi mục một dòng bắt đầu bằng "- "';

  test('says in Vietnamese what the field takes', () => {
    expect(parse({ featured: 'có' }).error?.issues).toMatchObject([{ path: ['featured'], message: 'cần true (có) hoặc false (không)' }]);
    expect(parse({ tags: 'thi đua' }).error?.issues).toMatchObject([{ path: ['tags'], message: LIST }]);
  });

  test('says so for every list, those of objects too', () => {
    const award = join(root, 'content/awards/qd-205-qd-ubnd-2025.yaml');
    const plan = join(root, 'content/plans/thi-dua-cao-diem-2025.md');
    expect(schemaOf('awards', award).safeParse({ ...(dataOf(award) as object), recipients: 'Ông Nguyễn Văn A' }).error?.issues).toMatchObject([
      { path: ['recipients'], message: LIST },
    ]);
    for (const field of ['milestones', 'targets', 'legalBases', 'citedDocuments', 'recipients']) {
      expect(schemaOf('plans', plan).safeParse({ ...(dataOf(plan) as object), [field]: 'một dòng' }).error?.issues).toMatchObject([{ path: [field], message: LIST }]);
    }
  });

  test('a document is a plan\'s basis or one it cites, not both', () => {
    const plan = join(root, 'content/plans/thi-dua-cao-diem-2025.md');
    const data = dataOf(plan) as { legalBases: string[]; citedDocuments: string[] };
    const both = { ...data, citedDocuments: [...data.citedDocuments, data.legalBases[1]] };
    expect(schemaOf('plans', plan).safeParse(both).error?.issues).toMatchObject([
      { path: ['citedDocuments', 3], message: '"ke-hoach-250-kh-ubnd-2024" đã có trong căn cứ ban hành (legalBases): một văn bản chỉ ở một trong hai danh sách' },
    ]);
    expect(schemaOf('plans', plan).safeParse(data).success).toBe(true);
  });

  test('left out, is no and empty', () => {
    const { featured, tags, draft } = parse({ featured: undefined, tags: undefined, draft: undefined }).data as { featured: boolean; tags: string[]; draft: boolean };
    expect([featured, tags, draft]).toEqual([false, [], false]);
  });
});

// The site publishes what it holds at each build: a news item dated next week went out at once under a day not yet
// come, and "2062" typed for "2026" stood for decades.
describe('a day of publication, signing or revocation not yet come', () => {
  const news = join(root, 'content/news/chung-tay-ho-tro-ho-ngheo-ho-co-hoan-canh-kho-khan-dip-quoc-khanh-2-9/index.md');
  const award = join(root, 'content/awards/qd-205-qd-ubnd-2025.yaml');
  const iso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

  test('stops the build, with today\'s date to compare', () => {
    const result = schemaOf('news', news).safeParse({ ...(dataOf(news) as object), publishedAt: '2062-01-05' });
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]).toMatchObject({ path: ['publishedAt'] });
    expect(result.error?.issues[0]!.message).toMatch(/^ngày 05\/01\/2062 chưa tới \(hôm nay là \d\d\/\d\d\/\d{4}\): trang web đăng ngay những gì đã lưu/);
    expect(schemaOf('awards', award).safeParse({ ...(dataOf(award) as object), issuedAt: iso(3) }).error?.issues).toMatchObject([{ path: ['issuedAt'] }]);
  });

  test('takes today and any day before', () => {
    // Today in UTC, which is today or yesterday in Việt Nam (seven hours ahead).
    for (const publishedAt of [iso(0), '2025-09-02']) {
      expect(schemaOf('news', news).safeParse({ ...(dataOf(news) as object), publishedAt }).success).toBe(true);
    }
  });
});
