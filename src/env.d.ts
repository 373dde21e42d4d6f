declare namespace App {
  interface Locals {
    /** The committee's settings (content/settings/index.yaml), loaded once by src/middleware.ts. */
    settings: import('astro:content').CollectionEntry<'settings'>['data'];
  }
}
