/**
 * `text` with each control character but tab and line ends as a space: invisible, pasted with a text from Word
 * (Shift+Enter writes U+000B), and forbidden in XML, where one in a news item made the whole feed unreadable.
 */
export const withoutControlCharacters = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ' ');
