import { t } from '../i18n/t';
import { VILLAGE_KINDS } from './options';

/**
 * The common noun that starts a name: "Thôn" or "Tiểu khu", as the dictionary names the kinds of village, before a
 * word; or how a decision names a person, before their name's capital ("Ông Nguyễn Văn A", not "Bà mẹ Việt Nam Anh
 * hùng …"), or a household ("Hộ ông Hoàng Văn E").
 */
const LEADING_NOUN = new RegExp(`^(?:(?:${VILLAGE_KINDS.map((kind) => t(`unitKind.${kind}`)).join('|')})(?= \\P{N})|(?:Ông|Bà|Anh|Chị)(?= \\p{Lu})|Hộ(?= ))`, 'u');

/**
 * A name inside a sentence, as Vietnamese writes it (Nghị định 30/2020/NĐ-CP): the common noun before a proper name
 * goes lower case, "tin tức về thôn Đồng Xá", "Được khen: bà Phạm Thị D và ông Lê Văn C", and a village keeps its
 * capital before a number, "Tiểu khu 5". The name as stored, capitalised, heads a page and its row in a table.
 */
export function nameInSentence(name: string): string {
  return name.replace(LEADING_NOUN, (noun) => noun.toLocaleLowerCase('vi'));
}

/** A text written to stand alone ("Từ ngày…", "Đã có thành tích…") run on in a sentence: its first letter small. */
export function lowerFirst(text: string): string {
  return text.replace(/^./u, (first) => first.toLocaleLowerCase('vi'));
}
