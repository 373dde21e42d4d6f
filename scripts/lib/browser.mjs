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

/** Launches headless Chromium with the flags this workplace needs. */
export function launchChromium() {
  const executablePath = existsSync(chromium.executablePath()) ? undefined : '/usr/bin/chromium';
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
