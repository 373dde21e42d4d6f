import type { HastPluginEntry } from 'satteri';
import { t } from '../i18n/t';
import { bodyError } from './bodyAddresses';
import { unreadablePhotoFormat } from './photos';
import { schemeOf } from './webAddresses';

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
      const at = bodyError(fileURL);
      if (typeof alt !== 'string' || alt.trim() === '') throw at(t('error.bodyImageAlt', { src: String(src) }));
      if (typeof src !== 'string') return;
      const scheme = schemeOf(src);
      if (scheme === 'data') throw at(t('error.bodyImageInline', { src: src.trim().slice(0, 30) }));
      if (scheme || src.trim().startsWith('//')) throw at(t('error.bodyImageRemote', { src }));
      const format = unreadablePhotoFormat(src);
      if (format) throw at(t('error.bodyImageFormat', { src, format }));
    },
  },
});
