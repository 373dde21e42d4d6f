// The fixed choices editors pick from. Values are ASCII and stored in content; the labels residents and editors
// read live in the dictionary under the same value (e.g. `documentKind.chi-thi`).

/** Kinds of legal document the site lists under /van-ban/. */
export const DOCUMENT_KINDS = ['luat', 'nghi-dinh', 'chi-thi', 'nghi-quyet', 'quyet-dinh', 'ke-hoach', 'thong-tu', 'cong-van'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
