import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry } from 'satteri';
import { t } from '../i18n/t';
import { fieldProblem } from './fieldLabels';

/** The kinds of address a link in a text may have; one with none ("../tin-khac/", "#muc-2") is the site's own. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * A link's scheme as a browser reads it, lower case, or '' for none: it drops the spaces and control characters
 * around an address, and tabs and line breaks within it ("java\tscript:" is "javascript:").
 */
export const schemeOf = (href: string) =>
  /^([a-z][a-z0-9+.-]*):/i.exec(href.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, ''))?.[1]?.toLowerCase() ?? '';

/**
 * Stops the build at what in a text would run as code on the site's own address, in its pages and its feeds: HTML
 * typed or pasted into the Markdown (the CMS writes none), and a link that opens no page ("javascript:…", "data:…").
 * The CMS's link box refuses such an address, but text pasted into its editor and a file edited by hand do not.
 */
export const bodyAddresses: HastPluginEntry = ({ fileURL }) => {
  const file = fileURL ? relative(process.cwd(), fileURLToPath(fileURL)) : t('error.someArticle');
  const at = (problem: string) => new Error(fieldProblem(file, 'body', problem));
  return {
    name: 'body-addresses',
    raw(node) {
      throw at(t('error.bodyHtml', { html: node.value.trim().slice(0, 60) }));
    },
    element: {
      filter: ['a'],
      visit(node) {
        const href = String(node.properties?.href ?? '');
        const scheme = schemeOf(href);
        if (scheme && !LINK_SCHEMES.has(scheme)) throw at(t('error.bodyLink', { href: href.slice(0, 60) }));
      },
    },
  };
};
