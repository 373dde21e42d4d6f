import type { CollectionEntry } from 'astro:content';
import { t } from '../i18n/t';

type Document = CollectionEntry<'documents'>['data'];

/** A document's kind and number, "Chỉ thị 39/CT-TTg"; its kind alone when the archived copy shows no number. */
export function documentHeading(doc: Pick<Document, 'kind' | 'number'>): string {
  const kind = t(`documentKind.${doc.kind}`);
  return doc.number ? `${kind} ${doc.number}` : kind;
}

/** The document in full, as its page, tabs, shared links and search results name it. */
export function documentTitle(doc: Pick<Document, 'kind' | 'number' | 'title'>): string {
  return `${documentHeading(doc)}: ${doc.title}`;
}
