import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { t } from '../i18n/t';
import { unreadablePhotoFormat } from './photos';

/**
 * The photos an entry's data (its YAML, read) names (a news item's `cover.value.image`, a story's `photo.value.image`,
 * beside the entry file) that the site could not show: a file that is not there (a name typed wrong) or in a format
 * the site cannot read (an iPhone's HEIC). Astro stops at either in English, naming neither the entry nor the field
 * ("Could not find requested image", "LocalImageUsedWrongly"); these name both, with what to do.
 */
export function photoProblems(data: unknown, file: string): { field: string; problem: string }[] {
  const found: { field: string; problem: string }[] = [];
  const walk = (value: unknown, path: string[]) => {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, inner] of Object.entries(value)) {
      const field = [...path, key];
      if (key === 'image' && typeof inner === 'string') {
        const format = unreadablePhotoFormat(inner);
        if (format) {
          found.push({ field: field.join('.'), problem: t('error.photoFormat', { src: inner, format }) });
        } else if (!existsSync(join(dirname(file), inner))) {
          found.push({ field: field.join('.'), problem: t('error.photoMissing', { src: inner }) });
        }
      } else walk(inner, field);
    }
  };
  walk(data, []);
  return found;
}
