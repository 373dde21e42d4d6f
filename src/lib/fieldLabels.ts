import { t } from '../i18n/t';

/** The shape of a Keystatic field that matters here: its label, and the fields or element inside it. */
export interface LabelledField {
  label?: string;
  fields?: Record<string, LabelledField>;
  element?: LabelledField;
}

/** The place of an item in a list as an editor counts it, from 1 as the CMS shows them: index 2 is "mục thứ 3". */
export const listItem = (index: number) => t('error.listItem', { number: index + 1 });

/**
 * The words an editor sees in the CMS for a field of the content model: "recipients.0.kind" becomes
 * "Người, tập thể được khen › mục thứ 1 › Đối tượng". Undefined when the path leaves the form.
 */
export function fieldLabel(form: Record<string, LabelledField>, path: readonly string[]): string | undefined {
  const words: string[] = [];
  let fields: Record<string, LabelledField> | undefined = form;
  let list: LabelledField | undefined;
  for (const step of path) {
    if (list && /^\d+$/.test(step)) {
      words.push(listItem(Number(step)));
      fields = list.fields;
      list = undefined;
      continue;
    }
    const field: LabelledField | undefined = fields?.[step];
    if (!field?.label) return undefined;
    words.push(field.label);
    fields = field.fields;
    list = field.element;
  }
  return words.length > 0 ? words.join(' › ') : undefined;
}

/**
 * Astro's message for an entry that does not fit its schema names each field by its path ("**photo.alt**: …"); this
 * adds the CMS's words for it, which are what an editor knows the field by.
 */
export function withFieldLabels(message: string, form: Record<string, LabelledField>): string {
  return message.replace(/\*\*([\w.]+)\*\*:/g, (whole, path: string) => {
    const label = fieldLabel(form, path.split('.'));
    return label ? `**${path}** (${t('error.cmsLabel', { label })}):` : whole;
  });
}
