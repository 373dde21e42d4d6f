/** The size of every preview image, in pixels: what Facebook and Zalo show best (1.91:1). */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;
