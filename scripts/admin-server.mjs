// Starts the production admin (built by `npm run build:admin`) after checking that its secrets are set, so a
// misconfigured server says what is missing instead of failing at an editor's first login.
import { existsSync } from 'node:fs';
import { ADMIN_SECRETS, SECRET_MIN_LENGTH, missingVariables } from '../src/lib/cmsGuard.ts';

const entry = new URL('../dist-admin/server/entry.mjs', import.meta.url);
const missing = missingVariables(process.env, ADMIN_SECRETS);

if (missing.length > 0) {
  console.error(`Admin server not started: set ${missing.join(', ')} (see README, "Deploying the admin").`);
  process.exit(1);
}
if (process.env.KEYSTATIC_SECRET.trim().length < SECRET_MIN_LENGTH) {
  console.error(`Admin server not started: KEYSTATIC_SECRET must be at least ${SECRET_MIN_LENGTH} characters (e.g. \`openssl rand -hex 40\`).`);
  process.exit(1);
}
if (!existsSync(entry)) {
  console.error('Admin server not started: run `npm run build:admin` first.');
  process.exit(1);
}
// Keystatic marks its login cookies Secure only in production, which it reads from NODE_ENV at run time; nothing
// else sets it for a built server, and without it an editor's GitHub token went out over any plain-HTTP request.
process.env.NODE_ENV = 'production';
await import(entry.href);
