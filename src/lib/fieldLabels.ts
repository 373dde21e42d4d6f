import { t } from '../i18n/t';

/**
 * The shape of a Keystatic field that matters here: its label, and the fields or element inside it; for a photo, a
 * tick box (`discriminant`) and, ticked, its fields (`values.true`).
 */
export interface LabelledField {
  label?: string;
  fields?: Record<string, LabelledField>;
  element?: LabelledField;
  discriminant?: LabelledField;
  values?: Record<string, LabelledField>;
}

/** The place of an item in a list as an editor counts it, from 1 as the CMS shows them: index 2 is "mục thứ 3". */
export const listItem = (index: number) => t('error.listItem', { number: index + 1 });

/** An entry as the checks across entries name it: its id, and its file (Astro's collection entries fit). */
export interface EntryAt {
  id: string;
  filePath?: string | undefined;
}

/** An entry's file, as the build names it to an editor; one with none (no entry in content/ lacks one), its place. */
export const entryFile = (collection: string, entry: EntryAt) =>
  entry.filePath ?? `content/${collection}/${entry.id}`;

/**
 * What the build says to an editor of one field of one file: the file, the field, the problem; and the field's words
 * in the CMS (`fieldLabel`) where they are known.
 */
export const fieldProblem = (file: string, field: string, problem: string, label?: string) =>
  label ? t('error.atLabelled', { file, field, cmsLabel: t('error.cmsLabel', { label }), problem }) : t('error.at', { file, field, problem });

/**
 * A problem of one entry found by a check across entries (references, villages, decisions entered twice): its file
 * (to link to its form in the CMS), the field, as its path in the entry's data, and what is wrong.
 */
export interface EntryProblem {
  file: string;
  collection: string;
  path: readonly string[];
  problem: string;
}

/** A problem of `entry`'s field at `path` (["recipients", "1", "unit"]), found by a check across entries. */
export function problemAt(collection: string, entry: EntryAt, path: readonly string[], problem: string): EntryProblem {
  return { file: entryFile(collection, entry), collection, path, problem };
}

/** A field's place as an editor counts it: "recipients.2.story" is "recipients, mục thứ 3, story". */
const fieldPlace = (path: readonly string[]) => path.map((key) => (/^\d+$/.test(key) ? listItem(Number(key)) : key)).join(', ');

/** What the build and the dev server say of a problem across entries, with the field's words in `form` (the CMS's). */
export const problemMessage = ({ file, path, problem }: EntryProblem, form?: Record<string, LabelledField>): string =>
  fieldProblem(file, fieldPlace(path), problem, form && fieldLabel(form, path));

/**
 * The words an editor sees in the CMS for a field of the content model: "recipients.0.kind" becomes
 * "Người, tập thể được khen › mục thứ 1 › Đối tượng". Undefined when the path leaves the form.
 */
export function fieldLabel(form: Record<string, LabelledField>, path: readonly string[]): string | undefined {
  const words: string[] = [];
  let fields: Record<string, LabelledField> | undefined = form;
  let list: LabelledField | undefined;
  let ticked: LabelledField | undefined;
  for (const step of path) {
    // An item of a list of fields (its `element`), or of a list of picked entries, which has no fields of its own.
    if (/^\d+$/.test(step) && words.length > 0 && (list || !fields)) {
      words.push(listItem(Number(step)));
      fields = list?.fields;
      list = undefined;
      continue;
    }
    // A photo's tick box is the photo's label; what it shows when ticked, the fields under it.
    if (ticked && (step === 'discriminant' || step === 'value')) {
      fields = step === 'value' ? ticked.fields : undefined;
      ticked = undefined;
      continue;
    }
    const field: LabelledField | undefined = fields?.[step];
    const label = field?.label ?? field?.discriminant?.label;
    if (!field || !label) return undefined;
    words.push(label);
    fields = field.fields;
    list = field.element;
    ticked = field.values?.true;
  }
  return words.length > 0 ? words.join(' › ') : undefined;
}

/**
 * Astro's message for an entry that does not fit its schema names each field by its path ("**photo.value.alt**: …");
 * this adds the CMS's words for it, which are what an editor knows the field by.
 */
export function withFieldLabels(message: string, form: Record<string, LabelledField>): string {
  return message.replace(/\*\*([\w.]+)\*\*:/g, (whole, path: string) => {
    const label = fieldLabel(form, path.split('.'));
    return label ? `**${path}** (${t('error.cmsLabel', { label })}):` : whole;
  });
}

/**
 * Astro's message for an entry its schema refuses, for an editor reading it on a page: without its English first line,
 * which names the collection and the entry (the page names the file), and without the Markdown stars around fields.
 */
export function plainProblems(message: string): string {
  return message
    .replace(/^\*\*[^*\n]+\*\* data does not match collection schema\.\s*/, '')
    // A problem of the whole entry (a field it should not have) comes with no field: "****: …".
    .replace(/\*\*([^*\n]*)\*\*(: )?/g, (_whole, path: string, colon = '') => (path ? `${path}${colon}` : ''))
    .trim();
}
