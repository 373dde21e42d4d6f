// The CMS writes to the site's content. In local mode (files on this machine) it has no login, so it may only listen
// on this machine; the production admin commits through GitHub and needs its secrets. Used by astro.config.mjs
// when the CMS is built in, and by scripts/admin-server.mjs before the admin server starts.

/** Secrets the GitHub-backed admin needs at run time (read by Keystatic through astro:env). */
export const ADMIN_SECRETS = ['KEYSTATIC_GITHUB_CLIENT_ID', 'KEYSTATIC_GITHUB_CLIENT_SECRET', 'KEYSTATIC_SECRET'] as const;

/** The names among `names` that `env` leaves unset or empty. */
export function missingVariables(env: Record<string, string | undefined>, names: readonly string[]): string[] {
  return names.filter((name) => !env[name]?.trim());
}

/** Keystatic refuses a shorter KEYSTATIC_SECRET, but only at an editor's first login. */
export const SECRET_MIN_LENGTH = 32;

/** True when a dev server given Astro's `server.host` listens only on this machine (`false` means localhost). */
export function isLoopback(host: string | boolean | undefined): boolean {
  if (typeof host !== 'string') return host !== true;
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}
