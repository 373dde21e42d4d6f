// @ts-check
// html-validate's settings for the built pages (tests/e2e/gates.spec.ts; or `npx html-validate dist`). A JavaScript
// file rather than .htmlvalidate.json so that every rule relaxed here says why.
import { defineConfig } from 'html-validate';

export default defineConfig({
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // HTML allows any id without spaces; only this rule's strict mode asks for a leading letter (its own
    // "html-validate:standard" preset is relaxed too). The plan's section anchors begin with the section's number
    // ("#1-muc-dich"), as people quote them.
    'valid-id': ['error', { relaxed: true }],
    // A page title is the headline plus the committee's name ("… | Ủy ban nhân dân xã Hà Trung"); Vietnamese headlines
    // alone often pass 70 characters. Length is search-engine advice, not validity, and search engines shorten titles
    // themselves; the headline is the editors' to choose.
    'long-title': 'off',
  },
});
