import { t } from '../i18n/t';
import { extensionOfAddress } from './photos';
import { files } from './urls';

/**
 * What a decision's or a document's file may be: what a resident's phone opens. Not a web page (".html", a Word
 * "Save as Web Page" ".htm", an ".svg"): served from the site's own address, its scripts would run there.
 */
export const DOWNLOAD_FORMATS = ['pdf', 'doc', 'docx', 'odt', 'xls', 'xlsx', 'ods', 'jpg', 'jpeg', 'png'] as const;

/** Whether a file of this extension ("PDF", "pdf") may be published. */
export const isDownloadFormat = (extension: string) => (DOWNLOAD_FORMATS as readonly string[]).includes(extension.toLowerCase());

/**
 * What is wrong with the address of a decision's or a document's file, as its entry names it, or undefined: it must
 * be in its kind's folder of `public/`, where the CMS saves it ("/tep/khen-thuong/qd-205-qd-ubnd-2025/file.pdf"), and of
 * a format a phone opens. An address starting "//" or "/\" is another host's to a browser. Used by the CMS too, in
 * the browser: whether the file is there is content.config.ts's to check.
 */
export function downloadProblem(address: string, kind: 'khen-thuong' | 'van-ban'): string | undefined {
  const folder = files.downloads(kind);
  const path = address.split(/[?#]/)[0]!;
  if (!path.startsWith(folder) || !/^[\w./-]+$/.test(path) || path.includes('..') || path.includes('//')) {
    return t('error.downloadPlace', { folder });
  }
  const format = extensionOfAddress(path);
  return isDownloadFormat(format) ? undefined : t('error.downloadFormat', { format: format || t('error.unknownFormat') });
}

/**
 * The name a decision's or a document's file is saved under: its entry's address with the file's extension
 * ("qd-205-qd-ubnd-2025.pdf"). The CMS stores every file as "file.pdf", and a phone saved each as file.pdf,
 * file(1).pdf… beside the others.
 */
export function downloadName(id: string, file: string): string {
  return `${id}.${extensionOfAddress(file)}`;
}
