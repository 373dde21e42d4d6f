import { extensionOfAddress } from './photos';

/**
 * The name a decision's or a document's file is saved under: its entry's address with the file's extension
 * ("qd-205-qd-ubnd-2025.pdf"). The CMS stores every file as "file.pdf", and a phone saved each as file.pdf,
 * file(1).pdf… beside the others. Without an extension to give it (the saved file would not open), the browser's own
 * choice: an empty name.
 */
export function downloadName(id: string, file: string): string {
  const extension = extensionOfAddress(file);
  return extension ? `${id}.${extension}` : '';
}
