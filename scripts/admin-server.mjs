// Starts the production admin (built by `npm run build:admin`) after checking that its secrets are set, so a
// misconfigured server says what is missing instead of failing at an editor's first login.
import { existsSync } from 'node:fs';
import { ADMIN_SECRETS, missingVariables } from '../src/lib/cmsGuard.ts';

const entry = new URL('../dist-admin/server/entry.mjs', import.meta.url);
const missing = missingVariables(process.env, ADMIN_SECRETS);

if (missing.length > 0) {
  console.error(`Admin server not started: set ${missing.join(', ')} (see README, "Deploying the admin").`);
  process.exit(1);
}
if (!existsSync(entry)) {
  console.error('Admin server not started: run `npm run build:admin` first.');
  process.exit(1);
}
await import(entry.href);
