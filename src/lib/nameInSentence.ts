import { t } from '../i18n/t';
import { VILLAGE_KINDS } from './options';

/** "Thôn" or "Tiểu khu", as the dictionary names the kinds of village, at the start of a name and before a word. */
const VILLAGE_NOUN = new RegExp(`^(?:${VILLAGE_KINDS.map((kind) => t(`unitKind.${kind}`)).join('|')})(?= \\P{N})`, 'u');

/**
 * A village's name inside a sentence, as Vietnamese writes it (Nghị định 30/2020/NĐ-CP): the common noun before a
 * proper name goes lower case, "tin tức về thôn Đồng Xá", and keeps its capital before a number, "Tiểu khu 5". The
 * name as stored, capitalised, heads the unit's page and its place in lists.
 */
export function nameInSentence(name: string): string {
  return name.replace(VILLAGE_NOUN, (noun) => noun.toLocaleLowerCase('vi'));
}

/** A text written to stand alone ("Từ ngày…", "Đã có thành tích…") run on in a sentence: its first letter small. */
export function lowerFirst(text: string): string {
  return text.replace(/^./u, (first) => first.toLocaleLowerCase('vi'));
}
