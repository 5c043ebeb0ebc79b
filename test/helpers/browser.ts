import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';

/** The system Chromium (Debian's package); playwright's own browser download does not work here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where browser tests keep what a person may want to look at afterwards (git-ignored). */
export const ARTIFACTS_DIR = path.resolve(__dirname, '../artifacts');

/**
 * Headless Chromium with no background traffic of its own, so every request seen is a page's. Playwright gives
 * it a new empty profile (--user-data-dir), and each `browser.newPage()` its own storage. Fails (never skips)
 * when Chromium is not installed, saying how to install it.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}: the browser tests need it. Install it with ` +
        '`sudo apt-get update && sudo apt-get install -y chromium` (Debian/Ubuntu; .ci/run does this), ' +
        'or set CHROMIUM_PATH to a Chromium binary. Do not run `npx playwright install`.',
    );
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A path for an artifact file, its folder created. */
export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return path.join(ARTIFACTS_DIR, name);
}
