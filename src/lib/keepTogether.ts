/**
 * A text cut where a browser must not break it: each code or range with a hyphen or an en dash inside ("2025-2030",
 * "2025–2030", "205/QĐ-UBND") is a part of its own to keep on one line. Browsers break after either, and the home
 * page's headline ended "nhiệm kỳ 2025-" with "2030" alone on the next line on a phone. Only short runs: a long one
 * kept whole could run off a phone's screen.
 */
export function keepTogether(text: string): { text: string; whole: boolean }[] {
  return text
    .split(/(?<!\S)(\S{1,12}[-–]\S{1,12})(?!\S)/)
    .map((part, i) => ({ text: part, whole: i % 2 === 1 }))
    .filter((part) => part.text !== '');
}
