// Node runs this file directly in the drawing process (src/lib/previewDrawer.ts), with no bundler.
import { join } from 'node:path';

/**
 * Astro's cache folder in the project being built, which Astro also uses for its optimised images and which a host
 * keeps between builds: the share pictures (src/lib/previewCache.ts) and the fonts that draw them are kept there.
 */
export const ASTRO_CACHE = join(process.cwd(), 'node_modules/.astro');
