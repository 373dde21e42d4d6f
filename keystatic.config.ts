// The editors' CMS. It mirrors src/content.config.ts collection by collection and field by field, in the same order
// (tests/unit/contentModel.test.ts checks that they agree). Labels and help are Vietnamese; the choices and their
// labels come from src/lib/options.ts and the site's dictionary, and slugs from the site's own slugify.
import { collection, config, fields, type FormFieldInputProps, singleton } from '@keystatic/core';
import { createElement, Fragment, type ReactElement, useEffect, useRef } from 'react';
import { labelledOptions, t } from './src/i18n/t';
import {
  AWARD_FORMS,
  AWARD_STATUSES,
  DOCUMENT_KINDS,
  NEWS_CATEGORIES,
  STORY_FIELDS,
  SUBJECT_KINDS,
  UNIT_KINDS,
} from './src/lib/options';
import { isoDay, yearOf } from './src/lib/dates';
import { DOWNLOAD_KINDS, type DownloadKind, isDownloadFormat } from './src/lib/downloads';
import { photoFileName, savedExtension, unreadablePhotoFormat } from './src/lib/photos';
import { DECISION_NUMBER, DECISION_SLUG_PATTERN, decisionSlug, SLUG_LENGTH, SLUG_PATTERN, shortSlug } from './src/lib/slugify';
import { WRITTEN } from './src/lib/storedText';
import { files, paths } from './src/lib/urls';
import { EMAIL, isTextLink, SITE_URL, WEB_PAGE } from './src/lib/webAddresses';

/** Production editing commits to GitHub when the admin build names a repository; otherwise files on this machine. */
const repo = import.meta.env.PUBLIC_KEYSTATIC_GITHUB_REPO as `${string}/${string}` | undefined;

/**
 * Where an entry's "Preview" opens: on an editor's own machine, the dev server, which shows what was just saved;
 * behind the admin server, the public site, which shows it once rebuilt (the admin's own copy of the pages is the one
 * built with it, and never changes); a draft has no page there. Joined as text, not by absoluteUrl: a URL would
 * encode the "{slug}" Keystatic fills in. Without a site address (settings.siteUrl unreadable), the admin's copy.
 */
const site = import.meta.env.SITE as string | undefined;
const preview = (path: string) => (repo && site ? `${site.replace(/\/$/, '')}${path}` : path);

/**
 * A text an editor must fill in: the form says so before Create does ("Bắt buộc."), and the message is Vietnamese
 * (Keystatic's own "is required" is English).
 */
const required = (label: string, description?: string, multiline = false) =>
  fields.text({
    label,
    description: [t('cms.requiredNote'), description].filter(Boolean).join(' '),
    multiline,
    validation: { pattern: { regex: WRITTEN, message: t('cms.required', { label }) } },
  });

const optionalText = (label: string, description?: string) => fields.text({ label, description });

/**
 * The address of a page elsewhere, checked by the site's own pattern: Keystatic's url field took "www.chinhphu.vn",
 * which the build then stopped at, and "http://localhost:3000/x", a link dead for every resident.
 */
const webPage = (label: string, isRequired: boolean) =>
  fields.text({
    label,
    description: 'Địa chỉ đầy đủ, sao chép từ thanh địa chỉ của trình duyệt, ví dụ https://chinhphu.vn/.',
    validation: {
      pattern: {
        regex: isRequired ? WEB_PAGE : new RegExp(`^$|${WEB_PAGE.source}`, WEB_PAGE.flags),
        message: t('cms.webPage', { label }),
      },
    },
  });

/**
 * A title and the slug made from it, which names the entry's file and page. `decision`: the slug of a decision's
 * number, with "qd-" before it and the year after it (decisionSlug), the year being this one unless changed.
 */
const title = (label = 'Tiêu đề', { hint, decision = false }: { hint?: string; decision?: boolean } = {}) =>
  showingFirstMistake(fields.slug({
    name: {
      label,
      description: t('cms.requiredNote'),
      validation: {
        pattern: decision ? { regex: DECISION_NUMBER, message: t('cms.decisionNumber', { label }) } : { regex: WRITTEN, message: t('cms.required', { label }) },
      },
    },
    slug: {
      label: 'Đường dẫn',
      // An editor who changed a published story's title pressed Regenerate to match, and every decision naming the
      // story, and every link to it shared on Zalo, broke; Keystatic says nothing of it.
      description: [
        `Tự tạo từ “${label}”, không dấu, cắt ngắn khi dài; chỉ gồm chữ thường, số và dấu gạch ngang. Hai mục không được trùng đường dẫn.`,
        hint,
        t('cms.keepSlug'),
      ]
        .filter(Boolean)
        .join(' '),
      generate: decision ? (number) => decisionSlug(number, yearOf(new Date())) : shortSlug,
      validation: {
        pattern: decision
          ? { regex: DECISION_SLUG_PATTERN, message: t('cms.decisionSlug', { length: SLUG_LENGTH }) }
          : { regex: SLUG_PATTERN, message: t('cms.slug', { length: SLUG_LENGTH }) },
      },
    },
  }));

/**
 * Brings the first field in error into sight when a save is first refused. Keystatic marks it but scrolls to nothing,
 * so with the mistake above the screen Create seemed to do nothing. Every entry's form starts with its title (the
 * settings' form is short), whose field does it for the whole form; a later refusal scrolls only to our red lines.
 */
function showingFirstMistake<Value, Field extends { Input(props: FormFieldInputProps<Value>): ReactElement | null }>(field: Field): Field {
  return {
    ...field,
    Input(props: FormFieldInputProps<Value>) {
      useEffect(() => {
        if (props.forceValidation) {
          requestAnimationFrame(() => {
            document.querySelector('[aria-invalid="true"], [role="alert"]')?.scrollIntoView({ block: 'center' });
          });
        }
      }, [props.forceValidation]);
      return createElement(field.Input, props);
    },
  };
}

/**
 * A day that has come, where content.config.ts's pastDay checks it (published, corrected, signed, revoked): a day not
 * yet come stops the build, so the form refuses it before saving. Keystatic says so in English ("… must be no later
 * than …"; README explains it), and the description says it first in Vietnamese.
 */
const pastDay = (label: string, { description, optional = false, today = false }: { description?: string; optional?: boolean; today?: boolean } = {}) =>
  fields.date({
    label,
    description: [description, 'Đừng chọn ngày chưa tới: trang web đăng ngay những gì đã lưu, không hẹn ngày được.'].filter(Boolean).join(' '),
    ...(today && { defaultValue: { kind: 'today' as const } }),
    validation: {
      isRequired: !optional,
      // Read at every check, not once when the CMS loads: a form left open past midnight, or a CMS served for days,
      // takes each new day as it comes. Today in Việt Nam, as the build counts it.
      get max() {
        return isoDay(new Date());
      },
    },
  });

/** A news item's or story's day, today unless changed. */
const publishedAt = () =>
  pastDay('Ngày đăng', { description: 'Bài lên trang ngay khi lưu; chưa muốn đăng thì đánh dấu “Bản nháp”.', today: true });

const day = (label: string, description?: string) =>
  fields.date({ label, description, validation: { isRequired: true } });

const optionalDay = (label: string, description?: string) => fields.date({ label, description });

const signer = () =>
  fields.object(
    {
      name: required('Họ và tên người ký'),
      title: required('Chức vụ người ký', 'Ví dụ: Chủ tịch, Phó Chủ tịch.'),
    },
    { label: 'Người ký' },
  );

/**
 * A field that refuses to save what would stop every build of the public site, and says why above itself: Keystatic
 * shows a field's message only for the checks it knows (required, a pattern), and a save refused by any other shows
 * nothing at all.
 */
function refusing<Value, Field extends { validate(value: Value, ...rest: never[]): unknown; Input(props: FormFieldInputProps<Value>): ReactElement | null }>(
  field: Field,
  problem: (value: Value) => string | undefined,
  { inset = false } = {},
): Field {
  // Inset: over the text, in line with its words rather than the edge of its pane.
  const style = { ...ALERT, margin: inset ? '0.75rem 2rem 0' : ALERT.margin };
  return {
    ...field,
    validate(value: Value, ...rest: never[]) {
      const why = problem(value);
      if (why) throw new Error(why);
      return field.validate(value, ...rest);
    },
    Input(props: FormFieldInputProps<Value>) {
      const why = props.forceValidation ? problem(props.value) : undefined;
      const line = useRef<HTMLParagraphElement>(null);
      // Keystatic scrolls to no message: with the text scrolled down, a refused Create seemed to do nothing.
      useEffect(() => {
        line.current?.scrollIntoView({ block: 'nearest' });
      }, [Boolean(why)]);
      return createElement(Fragment, null, why && createElement('p', { role: 'alert', style, ref: line }, why), createElement(field.Input, props));
    },
  };
}

/** In Keystatic's own red for a field's error, light or dark (its theme's variable; its light value after it). */
const ALERT = { color: 'var(--kui-color-foreground-critical, #cd2b31)', font: '600 0.875rem/1.4 system-ui, sans-serif', margin: '0.5rem 0' } as const;

/** A file field that saves a JPEG Windows named ".jfif" as ".jpg", which the site reads (savedExtension). */
function savingJfifAsJpg<Value extends { extension: string } | null, Field extends { serialize(value: Value, ...rest: never[]): unknown }>(field: Field): Field {
  return {
    ...field,
    serialize: (value: Value, ...rest: never[]) => field.serialize((value && { ...value, extension: savedExtension(value.extension) }) as Value, ...rest),
  };
}

/** A photo's file, saved as the site reads it (savingJfifAsJpg); one in a format it cannot read is refused. */
const photoFile = () => {
  const file = fields.image({
    label: 'Tệp ảnh',
    description: 'Ảnh JPG, PNG hoặc WebP (ảnh HEIC của iPhone: lưu lại thành JPG trước); trang web tự thu nhỏ cho điện thoại.',
    validation: { isRequired: true },
  });
  type Photo = Parameters<typeof file.serialize>[0];
  return refusing(
    savingJfifAsJpg(file),
    (value: Photo) => {
      const format = value && unreadablePhotoFormat(`.${savedExtension(value.extension)}`);
      return format ? t('cms.photoFormat', { name: value.filename, format }) : undefined;
    },
  );
};

/**
 * A decision's or a document's file, refused in a format the site does not publish (isDownloadFormat): a web page
 * saved from Word, an SVG, would run its scripts on the site's own address.
 */
const downloadFile = (label: string, kind: DownloadKind) => {
  const file = fields.file({ label, description: t('cms.fileHint'), directory: `public${files.downloads(kind)}`, publicPath: files.downloads(kind) });
  type File = Parameters<typeof file.serialize>[0];
  // A photo of the page may be a JPEG that Windows named ".jfif", saved as ".jpg" as the photo fields save it.
  return refusing(
    savingJfifAsJpg(file),
    (value: File) =>
      value && !isDownloadFormat(value.extension) ? t('cms.fileFormat', { name: value.filename, format: value.extension || t('error.unknownFormat') }) : undefined,
  );
};

/**
 * An optional photo with its description. Ticked, both are required: a photo saved without its description stopped
 * every build of the public site until someone found the file (an object of two fields cannot make one depend on the
 * other; Keystatic issue 1475). Stored as `{ discriminant, value: { image, alt } }`, which content.config.ts reads.
 */
const photo = (label: string) =>
  fields.conditional(fields.checkbox({ label, description: 'Đánh dấu để thêm ảnh; bỏ dấu là bỏ ảnh.' }), {
    true: fields.object({
      image: photoFile(),
      alt: required('Mô tả ảnh', 'Tả ngắn gọn ảnh có gì, cho người không xem được ảnh.'),
    }),
    false: fields.empty(),
  });

const sample = () =>
  fields.checkbox({ label: 'Nội dung mẫu', description: 'Đánh dấu nếu đây chỉ là nội dung mẫu để minh họa; trang sẽ ghi rõ “Nội dung mẫu”.' });

/**
 * No components are offered, so what the editor writes is plain Markdown, stored as `.md` (see src/lib/entryLoader.ts).
 * A photo put in the text of a news item or story (`content/<collection>/<slug>/index.md`) is saved beside it, and the
 * text says where as the site reads it, from that file: `../<slug>/<name>`. Left to Keystatic, the photo went into a
 * `body/` folder and the text said `<name>` alone, which stopped every page ("ImageNotFound"). Each photo gets a
 * name of its own (photoFileName). The plan's text is the issued document and takes no photos.
 */
const body = (photosIn?: 'content/news' | 'content/stories') => {
  const text = fields.mdx({
    label: 'Nội dung',
    extension: 'md',
    options: {
      // The page's title is its only level-1 heading; code means nothing to a resident.
      heading: [2, 3, 4],
      code: false,
      codeBlock: false,
      image: photosIn
        ? {
            directory: photosIn,
            publicPath: '../',
            transformFilename: (name) => photoFileName(name),
            // The description only. A hover text, on a phone never seen, came back empty from a saved entry, and
            // Keystatic's details box could not save such a photo: the form gave way to a TypeError and took the
            // editor's unsaved changes with it.
            schema: {
              alt: required('Mô tả ảnh', 'Tả ngắn gọn ảnh có gì, cho người không xem được ảnh.'),
            },
          }
        : false,
    },
  });
  // Keystatic asks for a photo's description only in its details box, which an editor may never open, and saved the
  // photo without one; it took an iPhone's HEIC, and a link that runs code pasted with a text. Each stopped every
  // build of the public site.
  return refusing(text, textProblem, { inset: true });
};

/** What the CMS's text editor holds, as far as its photos and links go (a ProseMirror state). */
type EditorState = Parameters<ReturnType<typeof fields.mdx>['validate']>[0];
interface EditorNode {
  type: { name: string };
  attrs: { alt?: unknown; filename?: unknown };
  marks?: readonly { type: { name: string }; attrs: { href?: unknown } }[];
}

/**
 * What would stop the build in a text (bodyAddresses, bodyImages): a link that runs code, which the link box refuses
 * but a pasted text brings; a photo the site cannot read, or photos without a description.
 */
function textProblem(state: EditorState): string | undefined {
  const photos: EditorNode['attrs'][] = [];
  const links: string[] = [];
  (state as { doc: { descendants(visit: (node: EditorNode) => void): void } }).doc.descendants((node) => {
    if (node.type.name === 'image') photos.push(node.attrs);
    for (const mark of node.marks ?? []) if (mark.type.name === 'link') links.push(String(mark.attrs.href ?? ''));
  });
  const running = links.find((href) => !isTextLink(href));
  if (running !== undefined) return t('cms.textLink', { href: running.slice(0, 60) });
  // As saved: a name from before photoFileName, or pasted, may still say ".jfif", which the site does not read.
  for (const name of photos.map(({ filename }) => String(filename ?? '')).filter(Boolean)) {
    const format = unreadablePhotoFormat(name);
    if (format) return t('cms.textPhotoFormat', { name, format });
  }
  // Which ones, counted from the top: in a long text, the count alone left the editor to open every photo's box.
  const undescribed = photos.flatMap(({ alt }, i) => (String(alt ?? '').trim() ? [] : [String(i + 1)]));
  if (undescribed.length === 0) return undefined;
  return t('cms.undescribedPhotos', { count: undescribed.length, positions: new Intl.ListFormat('vi', { type: 'conjunction' }).format(undescribed) });
}

/** Where the home page puts a ticked entry: first in the list that names it, before newer ones. */
const featured = (list: string) =>
  fields.checkbox({ label: 'Nổi bật', description: `Hiện đầu tiên trong mục “${list}” của trang chủ, trước các bài mới hơn.` });
const draft = () => fields.checkbox({ label: 'Bản nháp', description: 'Bản nháp chưa hiện trên trang web. Khi chạy trang quản trị trên máy tính của mình (tập huấn, thử nghiệm), nút Preview mở được trang của bản nháp để xem trước; trên máy chủ quản trị thì chưa.' });
/**
 * A picker of entries lists them by slug, and finds a Vietnamese name only a word at a time: "Yên" finds thon-yen-thai,
 * "Yên Thái" nothing (Keystatic, issue 1419). Its help says how to type.
 */
const pickerHint = (description?: string) =>
  [description, 'Danh sách hiện đường dẫn của mục: gõ một chữ của tên (có dấu hay không đều được), hoặc các chữ nối bằng dấu gạch ngang, ví dụ “yen-thai”.']
    .filter(Boolean)
    .join(' ');
const plan = () => fields.relationship({ label: 'Thuộc kế hoạch', description: pickerHint(), collection: 'plans' });

export default config({
  storage: repo ? { kind: 'github', repo } : { kind: 'local' },
  ui: {
    brand: { name: t('cms.brand') },
    navigation: {
      [t('nav.plans')]: ['plans'],
      [t('nav.news')]: ['news'],
      [t('nav.stories')]: ['stories'],
      [t('nav.awards')]: ['awards'],
      [t('nav.units')]: ['units'],
      [t('nav.documents')]: ['documents'],
      [t('cms.settings')]: ['settings'],
    },
  },
  collections: {
    // Kế hoạch: the plans the committee issues; the text follows the issued document word for word.
    plans: collection({
      label: t('nav.plans'),
      path: 'content/plans/*',
      slugField: 'title',
      format: { contentField: 'body' },
      entryLayout: 'content',
      previewUrl: preview(paths.plan('{slug}')),
      schema: {
        title: title('Tên kế hoạch'),
        number: optionalText('Số, ký hiệu', 'Ví dụ: 123/KH-UBND. Để trống nếu bản lưu không ghi.'),
        issuedAt: pastDay('Ngày ban hành', { description: 'Để trống nếu bản lưu không ghi.', optional: true }),
        issuer: required('Cơ quan ban hành'),
        signer: signer(),
        startsAt: optionalDay('Ngày bắt đầu', 'Để trống nếu kế hoạch tính từ ngày ban hành.'),
        endsAt: day('Ngày kết thúc', 'Không được trước ngày bắt đầu.'),
        legalBases: fields.multiRelationship({ label: 'Căn cứ ban hành', description: pickerHint('Các văn bản kế hoạch “thực hiện” hay “căn cứ”, ở đầu kế hoạch.'), collection: 'documents' }),
        citedDocuments: fields.multiRelationship({
          label: 'Văn bản được dẫn trong kế hoạch',
          description: pickerHint('Các văn bản khác mà nội dung kế hoạch nhắc đến, ví dụ văn bản cần học tập, quán triệt.'),
          collection: 'documents',
        }),
        milestones: fields.array(
          fields.object({ date: day('Ngày'), label: required('Nội dung mốc') }),
          { label: 'Các mốc thời gian', itemLabel: (item) => item.fields.label.value || 'Mốc mới' },
        ),
        targets: fields.array(
          fields.object({
            label: required('Chỉ tiêu'),
            // Keystatic has no "greater than"; the site's schema asks for a positive figure, and none is below 0.01.
            target: fields.number({ label: 'Mức phấn đấu', description: 'Một số lớn hơn 0, ví dụ 100 hoặc 0,5.', validation: { isRequired: true, min: 0.01 } }),
            unit: required('Đơn vị tính', 'Ví dụ: %, hộ, km.'),
            value: fields.number({ label: 'Kết quả đạt được', description: 'Để trống khi chưa có số liệu.', validation: { min: 0 } }),
          }),
          { label: 'Chỉ tiêu', itemLabel: (item) => item.fields.label.value || 'Chỉ tiêu mới' },
        ),
        recipients: fields.array(required('Nơi nhận'), { label: 'Nơi nhận', itemLabel: (item) => item.value || 'Nơi nhận mới' }),
        body: body(),
      },
    }),
    // Tin tức: campaign news; a folder per item keeps its photos beside it.
    news: collection({
      label: t('nav.news'),
      path: 'content/news/*/',
      slugField: 'title',
      format: { contentField: 'body' },
      entryLayout: 'content',
      columns: ['title', 'publishedAt'],
      previewUrl: preview(paths.article('{slug}')),
      schema: {
        title: title(),
        summary: required('Tóm tắt', 'Một hai câu, hiện trong danh sách, RSS và khi chia sẻ lên Zalo, Facebook.', true),
        publishedAt: publishedAt(),
        updatedAt: pastDay('Ngày cập nhật', { description: 'Chỉ điền khi có sửa chữa đáng kể sau khi đăng.', optional: true }),
        category: fields.select({ label: 'Chuyên mục', options: labelledOptions(NEWS_CATEGORIES, 'newsCategory'), defaultValue: 'trien-khai' }),
        tags: fields.array(
          // A keyword's page is named by its letters and digits (content.config.ts, keyword): "–" alone has none. A
          // letter outside Latin and Vietnamese ("ø", "中") passes here, and the build names it.
          // One keyword a box: "nông thôn mới, vệ sinh" in one made a page of its own, apart from "nông thôn mới".
          fields.text({ label: 'Từ khóa', validation: { pattern: { regex: /^[^,;]*[\p{L}\p{N}][^,;]*$/u, message: t('cms.keyword') } } }),
          {
            label: 'Từ khóa',
            description: 'Mỗi ô một từ khóa, không gộp nhiều từ khóa bằng dấu phẩy. Viết đúng như từ khóa đã có để bài vào cùng một trang.',
            itemLabel: (item) => item.value || 'Từ khóa mới',
          },
        ),
        cover: photo('Ảnh đại diện'),
        units: fields.multiRelationship({ label: 'Đơn vị, thôn, tiểu khu liên quan', description: pickerHint(), collection: 'units' }),
        plan: plan(),
        featured: featured(t('news.featuredAndLatest')),
        draft: draft(),
        sample: sample(),
        body: body('content/news'),
      },
    }),
    // Gương điển hình: exemplary people and collectives, the heart of the plan's outreach duty.
    stories: collection({
      label: t('nav.stories'),
      path: 'content/stories/*/',
      slugField: 'title',
      format: { contentField: 'body' },
      entryLayout: 'content',
      columns: ['title', 'publishedAt'],
      previewUrl: preview(paths.story('{slug}')),
      schema: {
        title: title(),
        subject: fields.object(
          {
            name: required('Tên người, hộ, tập thể hoặc doanh nghiệp'),
            kind: fields.select({ label: 'Đối tượng', options: labelledOptions(SUBJECT_KINDS, 'subjectKind'), defaultValue: 'ca-nhan' }),
            role: optionalText('Chức vụ, vai trò', 'Ví dụ: Bí thư Chi bộ thôn.'),
          },
          { label: 'Người, tập thể được nêu gương' },
        ),
        unit: fields.relationship({ label: 'Đơn vị, thôn, tiểu khu', description: pickerHint(), collection: 'units', validation: { isRequired: true } }),
        field: fields.select({ label: 'Lĩnh vực', options: labelledOptions(STORY_FIELDS, 'storyField'), defaultValue: 'san-xuat-kinh-doanh' }),
        summary: required('Tóm tắt', 'Một hai câu, hiện trong danh sách, RSS và khi chia sẻ.', true),
        photo: photo('Ảnh'),
        publishedAt: publishedAt(),
        awards: fields.multiRelationship({
          label: 'Quyết định khen thưởng',
          description: 'Không cần chọn nếu quyết định đã ghi bài này ở người, tập thể được khen: bài vẫn hiện quyết định. Danh sách hiện đường dẫn của quyết định: gõ số quyết định, ví dụ 205.',
          collection: 'awards',
        }),
        plan: plan(),
        featured: featured(t('story.featured')),
        draft: draft(),
        sample: sample(),
        body: body('content/stories'),
      },
    }),
    // Khen thưởng: reward decisions and who they commend.
    awards: collection({
      label: t('nav.awards'),
      path: 'content/awards/*',
      slugField: 'number',
      format: 'yaml',
      columns: ['number', 'issuedAt'],
      previewUrl: preview(paths.award('{slug}')),
      schema: {
        title: required('Trích yếu', 'Ví dụ: Về việc khen thưởng các tập thể, cá nhân …', true),
        // Decisions are numbered anew each year: 312/QĐ-UBND of 2026 is not that of 2025.
        number: title('Số quyết định', {
          hint: 'Có “qd-” ở đầu và năm ký ở cuối, ví dụ qd-312-qd-ubnd-2026, vì số quyết định mỗi năm đánh lại từ đầu: quyết định ký năm trước thì sửa năm cho đúng (nếu quên, trang thử báo đường dẫn cần sửa và trang web chưa cập nhật).',
          decision: true,
        }),
        issuedAt: pastDay('Ngày ký'),
        issuer: required('Cơ quan ban hành'),
        signer: signer(),
        form: fields.select({ label: 'Hình thức khen thưởng', options: labelledOptions(AWARD_FORMS, 'awardForm'), defaultValue: 'giay-khen-xa' }),
        reason: required('Thành tích được khen', undefined, true),
        plan: plan(),
        recipients: fields.array(
          fields.object({
            name: required('Tên người, hộ, tập thể hoặc doanh nghiệp', 'Ghi như trong quyết định, ví dụ: “Ông Nguyễn Văn A”, “Bà Trần Thị B”, “Hộ ông Lê Văn C”, “Chi hội Phụ nữ thôn Đồng Xá”.'),
            kind: fields.select({ label: 'Đối tượng', options: labelledOptions(SUBJECT_KINDS, 'subjectKind'), defaultValue: 'ca-nhan' }),
            unit: fields.relationship({ label: 'Đơn vị, thôn, tiểu khu', description: pickerHint(), collection: 'units' }),
            role: optionalText('Chức vụ, vai trò'),
            story: fields.relationship({ label: 'Bài gương điển hình', description: pickerHint(), collection: 'stories' }),
          }),
          {
            label: 'Người, tập thể được khen',
            // With the kind: left at its first choice, "Cá nhân", a collective was published as one person unseen.
            itemLabel: ({ fields: { name, kind } }) => (name.value ? `${name.value} (${t(`subjectKind.${kind.value}`)})` : 'Người được khen mới'),
            validation: { length: { min: 1 } },
          },
        ),
        file: downloadFile('Tệp quyết định', DOWNLOAD_KINDS.awards),
        status: fields.select({ label: 'Tình trạng', options: labelledOptions(AWARD_STATUSES, 'awardStatus'), defaultValue: 'hieu-luc' }),
        revokedAt: pastDay('Ngày thu hồi', { description: 'Khi thu hồi: ngày ký quyết định thu hồi.', optional: true }),
        statusNote: optionalText('Ghi chú tình trạng', 'Khi thu hồi: lý do và quyết định thu hồi.'),
        sample: sample(),
      },
    }),
    // Đơn vị: departments, organisations, villages and businesses taking part.
    units: collection({
      label: t('nav.units'),
      path: 'content/units/*',
      slugField: 'name',
      format: 'yaml',
      // The list shows names, not the file names Keystatic shows without columns ("thon-dong-xa").
      columns: ['name', 'kind'],
      previewUrl: preview(paths.unit('{slug}')),
      schema: {
        name: title('Tên đơn vị'),
        otherNames: fields.array(required('Tên thường gọi'), {
          label: 'Tên thường gọi',
          description: 'Tên người dân hay gọi, nếu khác tên đơn vị, ví dụ: Hội Phụ nữ xã. Tìm theo tên này cũng ra trang của đơn vị.',
          itemLabel: (item) => item.value || 'Tên mới',
        }),
        kind: fields.select({ label: 'Loại đơn vị', options: labelledOptions(UNIT_KINDS, 'unitKind'), defaultValue: 'thon' }),
        description: required('Giới thiệu', undefined, true),
        contact: optionalText('Liên hệ', 'Địa chỉ, số điện thoại (nếu có).'),
        village: fields.relationship({
          label: 'Thuộc thôn, tiểu khu',
          description: pickerHint(
            'Chỉ với đơn vị ở một thôn, tiểu khu (hợp tác xã, doanh nghiệp, chi hội): tin, gương và khen thưởng của đơn vị cũng hiện ở trang và RSS của thôn đó. Để trống với thôn, tiểu khu và đơn vị của cả xã.',
          ),
          collection: 'units',
        }),
        sample: sample(),
      },
    }),
    // Văn bản: the legal documents plans are based on.
    documents: collection({
      label: t('nav.documents'),
      path: 'content/documents/*',
      slugField: 'title',
      format: 'yaml',
      columns: ['title', 'number'],
      previewUrl: preview(paths.document('{slug}')),
      schema: {
        title: title('Trích yếu', { hint: 'Nên ngắn: loại, số và năm, ví dụ chi-thi-39-ct-ttg-2024.' }),
        kind: fields.select({ label: 'Loại văn bản', options: labelledOptions(DOCUMENT_KINDS, 'documentKind'), defaultValue: 'quyet-dinh' }),
        number: optionalText('Số, ký hiệu', 'Ví dụ: 39/CT-TTg.'),
        issuer: required('Cơ quan ban hành'),
        issuedAt: pastDay('Ngày ban hành'),
        effectiveAt: optionalDay('Ngày có hiệu lực', 'Chỉ điền khi khác ngày ban hành.'),
        summary: required('Tóm tắt', undefined, true),
        file: downloadFile('Tệp văn bản', DOWNLOAD_KINDS.documents),
        url: webPage('Địa chỉ văn bản gốc trên mạng', false),
      },
    }),
  },
  singletons: {
    // Cài đặt: the committee's identity and contacts, shown in every page's footer.
    settings: singleton({
      label: t('cms.settings'),
      path: 'content/settings/',
      format: 'yaml',
      schema: {
        commune: required('Tên xã', 'Ví dụ: xã Hà Trung.'),
        province: required('Tỉnh', 'Ví dụ: tỉnh Thanh Hóa.'),
        committee: required('Tên Ủy ban', 'Ví dụ: Ủy ban nhân dân xã Hà Trung.'),
        committeeEnglish: required('Tên Ủy ban bằng tiếng Anh', 'Dùng cho trang /en/.'),
        address: required('Địa chỉ'),
        phone: required('Điện thoại'),
        // Checked here by the site's own patterns: Keystatic's url field took "thidua.hatrung.gov.vn", and any text as an
        // email, and the site then stopped at the next build.
        email: fields.text({
          label: 'Thư điện tử',
          validation: { pattern: { regex: EMAIL, message: t('cms.email') } },
        }),
        contactOfficial: required('Đầu mối liên hệ', 'Người hoặc bộ phận trả lời người dân về phong trào.'),
        siteUrl: fields.text({
          label: 'Địa chỉ trang web',
          validation: { pattern: { regex: SITE_URL, message: t('cms.siteUrl') } },
        }),
        social: fields.array(
          fields.object({ label: required('Tên trang'), url: webPage('Địa chỉ', true) }),
          { label: 'Trang của xã trên mạng xã hội', itemLabel: (item) => item.fields.label.value || 'Trang mới' },
        ),
        sample: fields.checkbox({ label: 'Thông tin liên hệ mẫu', description: 'Bỏ đánh dấu khi đã điền thông tin thật của xã.' }),
      },
    }),
  },
});
