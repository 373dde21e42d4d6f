import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry } from 'satteri';
import { t } from '../i18n/t';
import { fieldProblem } from './fieldLabels';
import { unreadablePhotoFormat } from './photos';

/**
 * Stops the build at a photo in a body that a resident would not see as the editor meant: one with no description
 * (alt), as the schema does for a cover or a story's photo (DESIGN.md), since the CMS inserts a photo in the text
 * without asking for one; and one in a format the site cannot read, such as an iPhone's HEIC, which Astro leaves out
 * of the page without a word; and one from another site, which would tell it who reads the page (no page of the
 * site loads anything from another host).
 */
export const bodyImages: HastPluginEntry = ({ fileURL }) => ({
  name: 'body-images',
  element: {
    filter: ['img'],
    visit(node) {
      const { alt, src } = node.properties ?? {};
      const file = fileURL ? relative(process.cwd(), fileURLToPath(fileURL)) : t('error.someArticle');
      const at = (problem: string) => new Error(fieldProblem(file, 'body', problem));
      if (typeof alt !== 'string' || alt.trim() === '') throw at(t('error.bodyImageAlt', { src: String(src) }));
      if (typeof src !== 'string') return;
      if (/^data:/i.test(src.trim())) throw at(t('error.bodyImageInline', { src: src.trim().slice(0, 30) }));
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src.trim())) throw at(t('error.bodyImageRemote', { src }));
      const format = unreadablePhotoFormat(src);
      if (format) throw at(t('error.bodyImageFormat', { src, format }));
    },
  },
});
