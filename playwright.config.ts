import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/lib/browser.mjs';

const PORT = 4322;
const DEV_PORT = 4323;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  // One more try in CI, where a busy machine can fail a sound test once: a test that passes only on its second try is
  // reported as "flaky" with its first error, and one that fails twice fails the run.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  // The built site that the web server below serves, for the checks that read its files (gates.spec.ts).
  metadata: { dist: 'dist' },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [
    // Residents' pages, on a phone and a desktop. Tests tagged @once (the built files, the <head>, the feeds, and
    // tests that set their own width) see the same thing on either: the phone leaves them out by name, so that no
    // project ever skips them and a renamed or narrowed project cannot turn them into "skipped".
    {
      name: 'phone',
      testIgnore: /cms\.spec/,
      grepInvert: /@once/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 390, height: 844 } },
    },
    { name: 'desktop', testIgnore: /cms\.spec/, use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } },
    // The editors' CMS, which only exists in the dev server.
    {
      name: 'cms',
      testMatch: /cms\.spec/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 1000 }, baseURL: `http://127.0.0.1:${DEV_PORT}` },
    },
  ],
  webServer: [
    {
      // The tests drive the built site, as residents get it.
      command: `npm run build && npm run preview -- --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      timeout: 300_000,
      reuseExistingServer: !process.env.CI,
    },
    {
      // Not `npm run dev`: that builds first, into the same dist/ the site server above is building.
      command: `astro dev --port ${DEV_PORT}`,
      url: `http://127.0.0.1:${DEV_PORT}/keystatic/`,
      timeout: 300_000,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
