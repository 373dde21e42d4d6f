// The fixed choices editors pick from. Values are ASCII and stored in content; the words residents and editors
// read live in the dictionary under the same value (e.g. `documentKind.chi-thi`), which the site and the CMS share
// (labelledOptions, src/i18n/t.ts). This file imports nothing: the benchmark's content generator
// (scripts/lib/synthetic.mjs) reads it in Node as it is, with no bundler to find an import written without '.ts'.

/** Kinds of legal document listed under /van-ban/. */
export const DOCUMENT_KINDS = ['luat', 'nghi-dinh', 'chi-thi', 'nghi-quyet', 'quyet-dinh', 'ke-hoach', 'thong-tu', 'cong-van'] as const;

/** Kinds of unit: the bodies, villages and businesses that take part (plan, section II.1). */
export const UNIT_KINDS = ['phong-ban', 'doan-the', 'thon', 'tieu-khu', 'doanh-nghiep', 'hop-tac-xa'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** The kinds of unit that are places (thôn, tiểu khu): a cooperative, an enterprise or a branch may sit in one. */
export const VILLAGE_KINDS: readonly UnitKind[] = ['thon', 'tieu-khu'];

/**
 * Who an exemplary story or a commendation is about (plan, section IV.1): collectives first, as decisions name them
 * ("các tập thể, cá nhân").
 */
export const SUBJECT_KINDS = ['tap-the', 'ca-nhan', 'ho-gia-dinh', 'doanh-nghiep', 'hop-tac-xa', 'thon-tieu-khu'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** News categories, one per line of work the plan asks the commune to emulate in. */
export const NEWS_CATEGORIES = [
  'trien-khai',
  'dai-hoi',
  'kinh-te-xa-hoi',
  'cai-cach-hanh-chinh',
  'ha-tang',
  'van-hoa-xa-hoi',
  'khen-thuong',
] as const;
export type NewsCategory = (typeof NEWS_CATEGORIES)[number];

/** Fields of work an exemplary story belongs to. */
export const STORY_FIELDS = [
  'san-xuat-kinh-doanh',
  'nong-nghiep',
  'giao-duc',
  'y-te',
  'van-hoa',
  'an-sinh',
  'quoc-phong-an-ninh',
  'hanh-chinh',
  'xay-dung-dang',
  'ha-tang',
] as const;
export type StoryField = (typeof STORY_FIELDS)[number];

/**
 * Forms of reward and emulation titles (plan, section IV.2; Luật Thi đua, khen thưởng 2022), in the plan's order,
 * the higher first: the province's Bằng khen, then the commune's Giấy khen.
 */
export const AWARD_FORMS = [
  'bang-khen-tinh',
  'giay-khen-xa',
  'lao-dong-tien-tien',
  'chien-si-thi-dua-co-so',
  'tap-the-lao-dong-tien-tien',
] as const;
export type AwardForm = (typeof AWARD_FORMS)[number];

/** Whether a reward decision is in force or has been revoked. */
export const AWARD_STATUSES = ['hieu-luc', 'thu-hoi'] as const;
