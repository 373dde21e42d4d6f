import type { CollectionEntry } from 'astro:content';
import { t } from '../i18n/t';

type Document = CollectionEntry<'documents'>['data'];

/** A document's kind and number, "Chỉ thị 39/CT-TTg"; its kind alone when the archived copy shows no number. */
export function documentHeading(doc: Pick<Document, 'kind' | 'number'>): string {
  const kind = t(`documentKind.${doc.kind}`);
  return doc.number ? `${kind} ${doc.number}` : kind;
}

/**
 * Whether a document's title is its name, as a law's is ("Luật Thi đua, khen thưởng"), rather than what it is about
 * ("Về việc…"). Only a law: a decree titled "Nghị định quy định…" is still cited "Nghị định số 98/2023/NĐ-CP".
 */
function titleIsName(doc: Pick<Document, 'kind' | 'title'>): boolean {
  return doc.kind === 'luat' && doc.title.startsWith(`${t('documentKind.luat')} `);
}

/**
 * The document in full, as its page, tabs, shared links and search results name it: "Chỉ thị 39/CT-TTg: Về việc…",
 * and a law as Vietnamese cites one, "Luật Thi đua, khen thưởng số 06/2022/QH15" (not "Luật 06/2022/QH15: Luật…").
 */
export function documentTitle(doc: Pick<Document, 'kind' | 'number' | 'title'>): string {
  if (titleIsName(doc)) return doc.number ? t('document.named', { title: doc.title, number: doc.number }) : doc.title;
  return `${documentHeading(doc)}: ${doc.title}`;
}

/**
 * A document in a plan's legal bases: by kind and number, as the plan's text cites it; in full when its title is its
 * name (a bare "Luật 06/2022/QH15" hid which law) or its archived copy shows no number.
 */
export function documentCitation(doc: Pick<Document, 'kind' | 'number' | 'title'>): string {
  return doc.number && !titleIsName(doc) ? documentHeading(doc) : documentTitle(doc);
}
