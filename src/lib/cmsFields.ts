import type { LabelledField } from './fieldLabels';

/**
 * The CMS's fields of a collection (or singleton), to name a field in an editor's words. Loaded only when there is a
 * problem to tell: the CMS's packages cost the public build about 1.3 s to import. Undefined should the CMS's
 * configuration itself fail to load: the problem still goes out, without the words.
 */
export async function cmsFields(collection: string): Promise<Record<string, LabelledField> | undefined> {
  const form = await import('../../keystatic.config').then((module) => module.default).catch(() => undefined);
  const fields = form?.collections?.[collection as keyof typeof form.collections] ?? form?.singletons?.[collection as keyof typeof form.singletons];
  return fields?.schema as Record<string, LabelledField> | undefined;
}
