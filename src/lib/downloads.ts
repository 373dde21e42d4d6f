import { t } from '../i18n/t';
import { extensionOfAddress, savedExtension } from './photos';
import { files } from './urls';

/**
 * What a decision's or a document's file may be: what a resident's phone opens. Not a web page (".html", a Word
 * "Save as Web Page" ".htm", an ".svg"): served from the site's own address, its scripts would run there.
 */
const DOWNLOAD_FORMATS = ['pdf', 'doc', 'docx', 'odt', 'xls', 'xlsx', 'ods', 'jpg', 'jpeg', 'png'] as const;

/** Whether a file of this extension ("PDF", "pdf", a Windows JPEG's "jfif", saved as "jpg") may be published. */
export const isDownloadFormat = (extension: string) => (DOWNLOAD_FORMATS as readonly string[]).includes(savedExtension(extension).toLowerCase());

/** The folder of `public/` that keeps each collection's files, as `files.downloads` names it. */
export type DownloadKind = Parameters<typeof files.downloads>[0];
export const DOWNLOAD_KINDS = { awards: 'khen-thuong', documents: 'van-ban' } as const satisfies Record<string, DownloadKind>;

/** The part of an address that names the file: without its query or fragment ("#page=2"). */
export const downloadPath = (address: string) => address.split(/[?#]/)[0]!;

/**
 * What is wrong with the address of a decision's or a document's file, as its entry names it, or undefined: it must
 * be in its kind's folder of `public/`, where the CMS saves it ("/tep/khen-thuong/qd-205-qd-ubnd-2025/file.pdf"), be
 * named as the CMS names files, and be of a format a phone opens. An address starting "//" or "/\" is another host's
 * to a browser. Whether it is in its own entry's folder, and there, is `storedDownloadProblem`'s to say.
 */
export function downloadProblem(address: string, kind: DownloadKind): string | undefined {
  const folder = files.downloads(kind);
  const path = downloadPath(address);
  if (!path.startsWith(folder) || path.includes('..') || path.includes('//') || path.includes('\\')) return t('error.downloadPlace', { folder });
  if (!/^[\w./-]+$/.test(path)) return t('error.downloadName');
  const format = extensionOfAddress(path);
  return isDownloadFormat(format) ? undefined : t('error.downloadFormat', { format: format || t('error.unknownFormat') });
}

/**
 * What is wrong with an entry's file once the entry is read, or undefined: the CMS reads a file back only from its
 * entry's own folder ("/tep/van-ban/<id>/"), and one elsewhere was gone from the form, and so from the site, at the
 * next save; and the file must be there (`exists`, asked of its path under `public/`).
 */
export function storedDownloadProblem(address: string, kind: DownloadKind, id: string, exists: (file: string) => boolean): string | undefined {
  const folder = `${files.downloads(kind)}${id}/`;
  const path = downloadPath(address);
  if (!path.startsWith(folder)) return t('error.downloadEntryFolder', { folder });
  return exists(`public${path}`) ? undefined : t('error.downloadMissing', { file: `public${path}` });
}

/**
 * The name a decision's or a document's file is saved under: its entry's address with the file's extension
 * ("qd-205-qd-ubnd-2025.pdf"). The CMS stores every file as "file.pdf", and a phone saved each as file.pdf,
 * file(1).pdf… beside the others.
 */
export function downloadName(id: string, file: string): string {
  return `${id}.${extensionOfAddress(file)}`;
}
