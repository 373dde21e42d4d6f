// The one definition of what content looks like. Keystatic (keystatic.config.ts) mirrors it field by field, and
// tests/unit/content.test.ts keeps the two in step. Types used across the site derive from these schemas.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { DOCUMENT_KINDS } from './lib/options';

/** Vietnamese text, stored and compared in NFC whatever the editor's keyboard produced. */
const text = () => z.string().trim().min(1, 'cần một đoạn chữ, không được để trống').transform((s) => s.normalize('NFC'));

/** A calendar date written YYYY-MM-DD (a YAML date, or a string of that form). */
const day = () =>
  z.preprocess(
    (value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value),
    z.date({ error: 'cần một ngày có thật, dạng YYYY-MM-DD (ví dụ 2025-12-31)' }),
  );

/** A person who signs on behalf of a body: name and position ("Chủ tịch"). */
const signer = () =>
  z.object({
    /** Full name as printed under the signature. */
    name: text(),
    /** Position as printed above the signature, e.g. "Chủ tịch". */
    title: text(),
  });

const plans = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/plans' }),
  schema: z.object({
    /** Full title of the plan as issued. */
    title: text(),
    /** Document number ("123/KH-UBND"); absent when the archived copy does not show it. */
    number: text().optional(),
    /** Date of issue; absent when the archived copy does not show it. */
    issuedAt: day().optional(),
    /** Issuing body, e.g. "Ủy ban nhân dân xã Hà Trung". */
    issuer: text(),
    /** Who signed it, and as what. */
    signer: signer(),
    /** First day of the campaign; absent when it runs from the (unrecorded) day of issue. */
    startsAt: day().optional(),
    /** Last day of the campaign. */
    endsAt: day(),
    /** Documents the plan is based on ("Căn cứ"), in the order it cites them. */
    legalBases: z.array(reference('documents')).default([]),
    /** Dated milestones shown on the timeline. */
    milestones: z
      .array(
        z.object({
          /** Day of the milestone. */
          date: day(),
          /** What happens that day. */
          label: text(),
        }),
      )
      .default([]),
    /** Targets (chỉ tiêu) whose progress the site shows. */
    targets: z
      .array(
        z.object({
          /** What is measured. */
          label: text(),
          /** The figure to reach. */
          target: z.number({ error: 'cần một con số' }).positive('cần một số lớn hơn 0'),
          /** Unit of the figure, e.g. "%" or "hộ". */
          unit: text(),
          /** The figure reached so far; absent until it is reported. */
          value: z.number({ error: 'cần một con số' }).nonnegative().optional(),
        }),
      )
      .default([]),
    /** The "Nơi nhận" list, one recipient per line. */
    recipients: z.array(text()).default([]),
  }),
});

const documents = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './content/documents' }),
  schema: z.object({
    /** Kind of legal document. */
    kind: z.enum(DOCUMENT_KINDS, { error: `cần một trong: ${DOCUMENT_KINDS.join(', ')}` }),
    /** Number and symbol, e.g. "39/CT-TTg"; absent for a law cited by name. */
    number: text().optional(),
    /** Title or subject (trích yếu) of the document. */
    title: text(),
    /** Issuing body. */
    issuer: text(),
    /** Date of issue. */
    issuedAt: day(),
    /** Date it takes effect, when it differs from the date of issue. */
    effectiveAt: day().optional(),
    /** Short summary for residents. */
    summary: text(),
    /** A file to download, under public/ (e.g. "/van-ban/ct-39.pdf"). */
    file: z.string().startsWith('/', 'cần một đường dẫn bắt đầu bằng /').optional(),
    /** Where the official text is published online. */
    url: z.url({ error: 'cần một địa chỉ web đầy đủ, bắt đầu bằng https://' }).optional(),
  }),
});

const settings = defineCollection({
  loader: glob({ pattern: 'index.yaml', base: './content/settings' }),
  schema: z.object({
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
    email: z.email({ error: 'cần một địa chỉ thư điện tử hợp lệ' }),
    /** Who answers residents about the campaign. */
    contactOfficial: text(),
    /** Public address of the site, used for absolute links in feeds and previews. */
    siteUrl: z.url({ error: 'cần một địa chỉ web đầy đủ, bắt đầu bằng https://' }),
    /** Pages of the commune elsewhere. */
    social: z.array(z.object({ label: text(), url: z.url() })).default([]),
    /** True while the contacts above are examples waiting for the commune's real ones. */
    sample: z.boolean().default(false),
  }),
});

export const collections = { plans, documents, settings };
