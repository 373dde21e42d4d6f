import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry } from 'satteri';
import { t } from '../i18n/t';
import { fieldProblem } from './fieldLabels';
import { isTextLink } from './webAddresses';

/** How a plugin of the Markdown says what is wrong in a text: the file, the field "body", the problem. */
export const bodyError = (fileURL: URL | undefined) => {
  const file = fileURL ? relative(process.cwd(), fileURLToPath(fileURL)) : t('error.someArticle');
  return (problem: string) => new Error(fieldProblem(file, 'body', problem));
};

/**
 * Stops the build at what in a text would run as code on the site's own address, in its pages and its feeds: HTML
 * typed or pasted into the Markdown (the CMS writes none), and a link that opens no page ("javascript:…", "data:…").
 * The CMS's link box refuses such an address, but text pasted into its editor and a file edited by hand do not.
 */
export const bodyAddresses: HastPluginEntry = ({ fileURL }) => {
  const at = bodyError(fileURL);
  return {
    name: 'body-addresses',
    raw(node) {
      throw at(t('error.bodyHtml', { html: node.value.trim().slice(0, 60) }));
    },
    element: {
      filter: ['a'],
      visit(node) {
        const href = String(node.properties?.href ?? '');
        if (!isTextLink(href)) throw at(t('error.bodyLink', { href: href.slice(0, 60) }));
      },
    },
  };
};
