// How the route that lists a build's preview pictures hands them to the integration that writes them into the built
// site (src/integrations/previewImages.ts). The two are loaded apart, astro.config.mjs on its own and the pages
// bundled, so each has its own copy of this module: they meet on globalThis, in the one process of `astro build`.
import type { Preview } from './previewImage';

/** A picture a build writes: what it says, its cache file, and its site-relative path ("/xem-truoc/tin-tuc/a.png"). */
export interface PreviewJob {
  preview: Preview;
  file: string;
  path: string;
}

/** Takes every picture of a build, to write them into the built site. */
export type PreviewWriter = (jobs: readonly PreviewJob[]) => void;

const WRITER = Symbol.for('ha-trung.previewWriter');
const shared = globalThis as { [WRITER]?: PreviewWriter };

/** The build's writer of preview pictures: offered when `astro build` starts, taken back when it is done. */
export function previewWriter(): PreviewWriter | undefined {
  return shared[WRITER];
}

/** Offers `writer` to the pages of the build starting now; `undefined` when it ends. */
export function offerPreviewWriter(writer: PreviewWriter | undefined): void {
  shared[WRITER] = writer;
}
