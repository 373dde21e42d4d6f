/**
 * The story photo beside the profile card: the widths made and the slot they fill. The story page and its feed item
 * share them, so the feed reuses the page's image files instead of making its own.
 */
export const STORY_PHOTO = { widths: [400, 640], sizes: '(min-width: 40rem) 12rem, 100vw' } as const;
