// The one definition of what content looks like. Keystatic (keystatic.config.ts) mirrors it field by field, and
// tests/unit/contentModel.test.ts keeps the two in step. Types used across the site derive from these schemas.
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { type LabelPrefix, labelledOptions, t } from './i18n/t';
import { endedAsSentence, storedText } from './lib/storedText';
import { formatDate, isoDay, today } from './lib/dates';
import { DOWNLOAD_KINDS, type DownloadKind, downloadProblem } from './lib/downloads';
import { entries } from './lib/entryLoader';
import { DECISION_NUMBER, slugify } from './lib/slugify';
import { files } from './lib/urls';
import { EMAIL, SITE_URL, WEB_PAGE } from './lib/webAddresses';
import {
  AWARD_FORMS,
  AWARD_STATUSES,
  DOCUMENT_KINDS,
  NEWS_CATEGORIES,
  STORY_FIELDS,
  SUBJECT_KINDS,
  UNIT_KINDS,
} from './lib/options';

/** Zod's message for a field that is absent or of the wrong type: say which it is, and what is expected. */
const expected = (what: string) => (issue: { input: unknown }) => t(issue.input === undefined ? 'error.missing' : 'error.expected', { what });

/** Vietnamese text, not left blank, as stored. */
const text = () =>
  z
    .string({ error: expected(t('error.what.text')) })
    .overwrite(storedText)
    .min(1, t('error.emptyText'));

/**
 * Whole sentences, which a page's description is or ends with: a summary, a unit's description, a decision's reason.
 * One left without its full stop gets one (endedAsSentence).
 */
const sentences = () => text().overwrite(endedAsSentence);

/**
 * An object of known fields. One it does not know, such as a misspelt "featued" or "updateAt", stops the build; zod's
 * plain object dropped it without a word, and with it what the editor meant.
 */
const fieldsOf = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? t('error.unknownFields', { fields: issue.keys.join(', '), known: Object.keys(shape).join(', ') })
        : undefined,
  });

/**
 * A text an editor may leave out. Left as spaces, as the CMS saves a field cleared with the space bar, it is left
 * out too: its help says "Để trống nếu…", and stopping the build at it would contradict the form.
 */
const optionalText = () => z.preprocess((value) => (typeof value === 'string' && storedText(value) === '' ? undefined : value), text().optional());

/** A keyword, which gets its own page under /the/ named by its letters and digits ("Đảng bộ" → dang-bo); one to an item. */
const keyword = () =>
  text()
    .refine((s) => slugify(s) !== '', t('error.keyword'))
    // "nông thôn mới, vệ sinh" is two keywords, and as one it made a page apart from "nông thôn mới".
    .refine((s) => !/[,;]/.test(s), { error: (issue) => t('error.keywordList', { input: String(issue.input) }) });

/** Yes or no, as the CMS's tick box saves it: true or false. "có" or "không" typed by hand named no field's type. */
const yesNo = () => z.boolean({ error: expected(t('error.what.yesNo')) }).default(false);

/** A list: one item a line, each after "- ", as the CMS saves it. */
const listOf = <Item extends z.ZodType>(item: Item) =>
  z.array(item, { error: expected(t('error.what.list')) });

/**
 * A calendar date written YYYY-MM-DD (a YAML date, or a string of that form). With a time after it, YAML reads the
 * time as UTC: "2025-09-22 20:30" was shown as 23 September, the day it is in Việt Nam. Refused, as the CMS never
 * writes one.
 */
const day = () =>
  z.preprocess(
    (value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value),
    z.date({ error: expected(t('error.what.day')) }).refine((date) => date.getTime() % 86_400_000 === 0, t('error.dayWithTime')),
  );

/**
 * A day that has come, in Việt Nam: when something was published, signed or revoked. The site publishes what it holds
 * at each build and cannot wait for a day: an item dated next week went out at once under a day not yet come (or
 * "2062" typed for "2026"). Refused, with today's date to compare.
 */
const pastDay = () =>
  day().refine((date) => isoDay(date) <= isoDay(today()), {
    error: (issue) => t('error.futureDay', { day: formatDate(issue.input as Date, 'short'), today: formatDate(today(), 'short') }),
  });

/**
 * A file of the site to download, in its kind's folder of public/, of a format a phone opens (downloadProblem); that
 * it is in its entry's folder, and there, the loader checks in a build (storedDownloadProblem).
 */
const download = (kind: DownloadKind) =>
  z.string({ error: expected(t('error.what.filePath', { folder: files.downloads(kind) })) }).superRefine((address, ctx) => {
    const why = downloadProblem(address, kind);
    if (why) ctx.addIssue({ code: 'custom', message: why });
  });

/** The address of a page elsewhere, in full (WEB_PAGE). */
const webPage = () =>
  z.string({ error: expected(t('error.what.webAddress')) }).regex(WEB_PAGE, t('error.webPage'));

/**
 * One of a fixed list of ASCII values, whose words are in the dictionary under `prefix`. The error repeats what was
 * typed and lists each value with its words: "Hạ tầng" typed by hand is "ha-tang (Hạ tầng, giải phóng mặt bằng)".
 */
const choice = <T extends readonly [string, ...string[]], P extends string>(values: T, prefix: LabelPrefix<P, T[number]>) =>
  z.enum(values, {
    error: (issue) => {
      const what = t('error.what.choice', { values: labelledOptions(values, prefix).map(({ value, label }) => `${value} (${label})`).join(', ') });
      return typeof issue.input === 'string' ? t('error.notAChoice', { input: issue.input, what }) : expected(what)(issue);
    },
  });

/** A person who signs on behalf of a body: name and position ("Chủ tịch"). */
const signer = () =>
  fieldsOf({
    /** Full name as printed under the signature. */
    name: text(),
    /** Position as printed above the signature, e.g. "Chủ tịch". */
    title: text(),
  });

/** A text of a photo's; left out, `missing` says what the editor should do. */
const photoText = (missing: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? missing : expected(t('error.what.text'))(issue)) });

/**
 * An optional photo stored next to its entry ("cover/value/image.jpg"), with the words that describe it to someone who
 * cannot see it, as the CMS saves it (keystatic.config.ts, photo): ticked (`discriminant`), the file and the words
 * (`value`), both required; not ticked, nothing. Read as `{ image, alt }`, or absent.
 */
const photo = <Image extends z.ZodType>(image: () => Image) =>
  fieldsOf({
    /** Whether the entry has a photo. */
    discriminant: yesNo(),
    /** The photo, when it has one. */
    value: fieldsOf({
      /**
       * The image file, relative to the entry. Astro's own message for a missing one is English and names it twice.
       * (Astro types image()'s input as the metadata it gives; it takes the path as written.)
       */
      image: photoText(t('error.photoFile')).pipe(image() as unknown as z.ZodType<z.output<Image>, string>),
      /** What the photo shows, for screen readers and slow connections. */
      alt: photoText(t('error.photoAlt')).overwrite(storedText).min(1, t('error.photoAlt')),
    }).optional(),
  })
    .superRefine(({ discriminant, value }, ctx) => {
      // Either would drop what the other says: a photo the editor chose, or the tick that says there is one.
      if (discriminant && !value) ctx.addIssue({ code: 'custom', path: ['value'], message: t('error.photoNone') });
      if (!discriminant && value) ctx.addIssue({ code: 'custom', path: ['discriminant'], message: t('error.photoUnticked') });
    })
    .transform(({ discriminant, value }) => (discriminant ? value : undefined))
    .optional();

/**
 * Holds the place of a photo among fields built once. Astro builds a schema that takes `image` anew for every entry
 * (the image's path resolves beside that entry), so the news and story fields are built once and only the photo per
 * entry, put in this place: measured, 4.8 s of syncing 10,000 entries. Should it ever be left in, any photo fails.
 */
const photoPerEntry = z.never();

/** Marks an entry made only to show the site; its page says so. */
const sample = yesNo;

const plans = defineCollection({
  loader: entries('plans', 'markdown'),
  schema: fieldsOf({
    /** Full title of the plan as issued. */
    title: text(),
    /** Document number ("123/KH-UBND"); absent when the archived copy does not show it. */
    number: optionalText(),
    /** Date of issue; absent when the archived copy does not show it. */
    issuedAt: pastDay().optional(),
    /** Issuing body, e.g. "Ủy ban nhân dân xã Hà Trung". */
    issuer: text(),
    /** Who signed it, and as what. */
    signer: signer(),
    /** First day of the campaign; absent when it runs from the (unrecorded) day of issue. */
    startsAt: day().optional(),
    /** Last day of the campaign. */
    endsAt: day(),
    /** Documents the plan is based on ("Căn cứ", or "Thực hiện …" in its opening), in the order it cites them. */
    legalBases: listOf(reference('documents')).default([]),
    /** Documents its text names without basing itself on them, such as those it asks to study, in its order. */
    citedDocuments: listOf(reference('documents')).default([]),
    /** Dated milestones shown on the timeline. */
    milestones: listOf(
      fieldsOf({
        /** Day of the milestone. */
        date: day(),
        /** What happens that day. */
        label: text(),
      }),
    ).default([]),
    /** Targets (chỉ tiêu) whose progress the site shows. */
    targets: listOf(
      fieldsOf({
        /** What is measured. */
        label: text(),
        /** The figure to reach. */
        target: z.number({ error: t('error.number') }).positive(t('error.positive')),
        /** Unit of the figure, e.g. "%" or "hộ". */
        unit: text(),
        /** The figure reached so far; absent until it is reported. */
        value: z.number({ error: t('error.number') }).nonnegative(t('error.notNegative')).optional(),
      }),
    ).default([]),
    /** The "Nơi nhận" list, one recipient per line. */
    recipients: listOf(text()).default([]),
  }).superRefine((plan, ctx) => {
    // Swapped in the date pickers, the two days made a campaign that had ended "Sắp diễn ra".
    if (plan.startsAt && plan.endsAt < plan.startsAt) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: t('error.endsBeforeStart') });
    }
    // Picked in both lists, a document's page named the plan under both headings, as its basis and not.
    const bases = new Set(plan.legalBases.map((ref) => ref.id));
    plan.citedDocuments.forEach((ref, i) => {
      if (bases.has(ref.id)) ctx.addIssue({ code: 'custom', path: ['citedDocuments', i], message: t('error.citedBasis', { id: ref.id }) });
    });
  }),
});

/** The fields of a news item, its lead photo aside. */
const newsFields = {
  /** Headline. */
  title: text(),
  /** One or two sentences shown in lists, feeds and link previews. */
  summary: sentences(),
  /** Day of publication. */
  publishedAt: pastDay(),
  /** Day of the last real correction, if any. */
  updatedAt: pastDay().optional(),
  /** The section it is filed under. */
  category: choice(NEWS_CATEGORIES, 'newsCategory'),
  /** Free keywords; each gets a page under /the/. */
  tags: listOf(keyword()).default([]),
  /** Lead photo. */
  cover: photoPerEntry,
  /** Units or villages the news is about. */
  units: listOf(reference('units')).default([]),
  /** The plan the news reports on. */
  plan: reference('plans').optional(),
  /** Shown on the home page. */
  featured: yesNo(),
  /** Kept out of the site until it is ready. */
  draft: yesNo(),
  /** Made up to show the site: its page says so. */
  sample: sample(),
};

const news = defineCollection({
  loader: entries('news', 'markdown'),
  schema: ({ image }) =>
    fieldsOf({ ...newsFields, cover: photo(image) }).superRefine((item, ctx) => {
      // A correction before publication is a slip of the date picker; search engines would read it as such too.
      if (item.updatedAt && item.updatedAt < item.publishedAt) {
        ctx.addIssue({ code: 'custom', path: ['updatedAt'], message: t('error.updatedBeforePublished') });
      }
    }),
});

/** The fields of a story, its photo aside. */
const storiesFields = {
  /** Headline of the story. */
  title: text(),
  /** Who the story is about. */
  subject: fieldsOf({
    /** Name of the person, household, collective or business. */
    name: text(),
    /** What kind of subject it is. */
    kind: choice(SUBJECT_KINDS, 'subjectKind'),
    /** Position or role, e.g. "Bí thư Chi bộ thôn". */
    role: optionalText(),
  }),
  /** The unit or village the subject belongs to. */
  unit: reference('units'),
  /** Field of the achievement. */
  field: choice(STORY_FIELDS, 'storyField'),
  /** One or two sentences shown in lists, feeds and link previews. */
  summary: sentences(),
  /** Portrait or photo of the work. */
  photo: photoPerEntry,
  /** Day of publication. */
  publishedAt: pastDay(),
  /** Reward decisions that commend the subject. */
  awards: listOf(reference('awards')).default([]),
  /** The plan the story belongs to. */
  plan: reference('plans').optional(),
  /** Shown on the home page. */
  featured: yesNo(),
  /** Kept out of the site until it is ready. */
  draft: yesNo(),
  /** Made up to show the site: its page says so. */
  sample: sample(),
};

const stories = defineCollection({
  loader: entries('stories', 'markdown'),
  schema: ({ image }) => fieldsOf({ ...storiesFields, photo: photo(image) }),
});

const awards = defineCollection({
  loader: entries('awards', 'yaml'),
  schema: fieldsOf({
    /** Subject of the decision (trích yếu), e.g. "Về việc khen thưởng …". */
    title: text(),
    /** Decision number, e.g. "125/QĐ-UBND". */
    number: text().regex(DECISION_NUMBER, t('error.decisionNumber')),
    /** Day the decision was signed. */
    issuedAt: pastDay(),
    /** Issuing body. */
    issuer: text(),
    /** Who signed it, and as what. */
    signer: signer(),
    /** Form of reward or emulation title. */
    form: choice(AWARD_FORMS, 'awardForm'),
    /** The achievement it rewards, in a sentence or more: it ends the decision's description. */
    reason: sentences(),
    /** The plan under which it was given. */
    plan: reference('plans').optional(),
    /** Who is commended. */
    recipients: listOf(
      fieldsOf({
        /** Name of the person, household, collective or business. */
        name: text(),
        /** What kind of recipient it is. */
        kind: choice(SUBJECT_KINDS, 'subjectKind'),
        /** The unit or village the recipient belongs to. */
        unit: reference('units').optional(),
        /** Position or role. */
        role: optionalText(),
        /** The exemplary story about this recipient. */
        story: reference('stories').optional(),
      }),
    ).min(1, t('error.noRecipients')),
    /** The signed decision to download, under public/ (e.g. "/tep/khen-thuong/qd-125/file.pdf"). */
    file: download(DOWNLOAD_KINDS.awards).optional(),
    /** In force, or revoked. */
    status: choice(AWARD_STATUSES, 'awardStatus').default('hieu-luc'),
    /** Day of the decision that revoked it: the date its feed item says it anew. */
    revokedAt: pastDay().optional(),
    /** Why and by which decision it was revoked. */
    statusNote: optionalText(),
    /** Made up to show the site: its page says so. */
    sample: sample(),
  }).superRefine((award, ctx) => {
    // Residents and recipients must read why and since when a commendation no longer stands, not only that it does not.
    if (award.status === 'thu-hoi' && !award.revokedAt) {
      ctx.addIssue({ code: 'custom', path: ['revokedAt'], message: t('error.revokedNoDay') });
    }
    if (award.status === 'thu-hoi' && !award.statusNote) {
      ctx.addIssue({ code: 'custom', path: ['statusNote'], message: t('error.revokedNoNote') });
    }
    if (award.status !== 'thu-hoi' && award.revokedAt) {
      ctx.addIssue({ code: 'custom', path: ['revokedAt'], message: t('error.revokedDayInForce') });
    }
    if (award.revokedAt && award.revokedAt < award.issuedAt) {
      ctx.addIssue({ code: 'custom', path: ['revokedAt'], message: t('error.revokedBeforeIssued') });
    }
  }),
});

const units = defineCollection({
  loader: entries('units', 'yaml'),
  schema: fieldsOf({
    /** Full name, e.g. "Phòng Văn hóa – Xã hội". */
    name: text(),
    /** Names residents call it by, where they differ from its own ("Hội Phụ nữ xã"): searched, and shown under it. */
    otherNames: listOf(text()).default([]),
    /** What kind of unit it is. */
    kind: choice(UNIT_KINDS, 'unitKind'),
    /** What it does, in a few sentences. */
    description: sentences(),
    /** How residents reach it (address, phone), if it has its own. */
    contact: optionalText(),
    /** The thôn or tiểu khu it sits in, for a unit that belongs to one (a cooperative, a branch of an association). */
    village: reference('units').optional(),
    /** Made up to show the site: its page says so. */
    sample: sample(),
  }),
});

const documents = defineCollection({
  loader: entries('documents', 'yaml'),
  schema: fieldsOf({
    /** Title or subject (trích yếu) of the document. */
    title: text(),
    /** Kind of legal document. */
    kind: choice(DOCUMENT_KINDS, 'documentKind'),
    /** Number and symbol, e.g. "39/CT-TTg". */
    number: optionalText(),
    /** Issuing body. */
    issuer: text(),
    /** Date of issue. */
    issuedAt: pastDay(),
    /** Date it takes effect, when it differs from the date of issue. */
    effectiveAt: day().optional(),
    /** Short summary for residents. */
    summary: sentences(),
    /** A file to download, under public/ (e.g. "/tep/van-ban/ct-39/file.pdf"). */
    file: download(DOWNLOAD_KINDS.documents).optional(),
    /** Where the official text is published online. */
    url: webPage().optional(),
  }),
});

const settings = defineCollection({
  loader: entries('settings', 'yaml'),
  schema: fieldsOf({
    /** Name of the commune, e.g. "xã Hà Trung". */
    commune: text(),
    /** Province, e.g. "tỉnh Thanh Hóa". */
    province: text(),
    /** Full name of the committee, e.g. "Ủy ban nhân dân xã Hà Trung". */
    committee: text(),
    /** The committee's name in English, for /en/. */
    committeeEnglish: text(),
    /** Postal address of the committee. */
    address: text(),
    /** Telephone number. */
    phone: text(),
    /** Email address. */
    email: z.email({ pattern: EMAIL, error: t('error.email') }),
    /** Who answers residents about the campaign. */
    contactOfficial: text(),
    /** Public address of the site, used for absolute links in feeds and previews. */
    siteUrl: z.string({ error: expected(t('error.what.siteUrl')) }).regex(SITE_URL, { error: expected(t('error.what.siteUrl')) }),
    /** Pages of the commune elsewhere. */
    social: listOf(
      fieldsOf({
        /** Name shown on the link, e.g. "Fanpage của xã". */
        label: text(),
        /** Full address of the page. */
        url: webPage(),
      }),
    ).default([]),
    /** True while the contacts above are examples waiting for the commune's real ones. */
    sample: sample(),
  }),
});

export const collections = { plans, news, stories, awards, units, documents, settings };
