// Headless Chromium for scripts: Playwright's own browser when installed, otherwise Debian's.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Playwright's own Chromium when it is installed (a developer laptop); otherwise Debian's, which is what CI and
 * machines without browser downloads have.
 */
export function chromiumPath() {
  return existsSync(chromium.executablePath()) ? chromium.executablePath() : '/usr/bin/chromium';
}

/** Launches headless Chromium with the flags this workplace needs. */
export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}
