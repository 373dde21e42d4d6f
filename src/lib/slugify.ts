/**
 * Turns Vietnamese text into an ASCII URL segment: "Đồng Xá" → "dong-xa".
 * Used for entry slugs, heading anchors and the CMS, so every URL is spelled the same way.
 */
export function slugify(text: string): string {
  return (
    text
      // NFD splits every tone and vowel mark off its letter so it can be dropped.
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      // đ/Đ is a letter of its own, not a letter plus a mark, so NFD leaves it alone.
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  );
}
