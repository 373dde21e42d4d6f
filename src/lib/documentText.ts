import type { CollectionEntry } from 'astro:content';
import { t } from '../i18n/t';

type Document = CollectionEntry<'documents'>['data'];

/** A document's kind and number, "Chỉ thị 39/CT-TTg"; its kind alone when the archived copy shows no number. */
export function documentHeading(doc: Pick<Document, 'kind' | 'number'>): string {
  const kind = t(`documentKind.${doc.kind}`);
  return doc.number ? `${kind} ${doc.number}` : kind;
}

/**
 * The document in full, as its page, tabs, shared links, search results and a plan's legal bases name it. Without a
 * number, a title that already starts with the kind ("Luật Thi đua, khen thưởng") is the whole of it.
 */
export function documentTitle(doc: Pick<Document, 'kind' | 'number' | 'title'>): string {
  const heading = documentHeading(doc);
  return !doc.number && doc.title.startsWith(heading) ? doc.title : `${heading}: ${doc.title}`;
}
