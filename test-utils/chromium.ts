// Debian's Chromium through playwright-core, for the browser tests: no browser is downloaded.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The Chromium the tests drive: `KAKOR_CHROMIUM`, or Debian's `/usr/bin/chromium`. */
export const chromiumPath = process.env.KAKOR_CHROMIUM ?? '/usr/bin/chromium';

/** Launches headless Chromium with the flags this sandbox needs; fails with the fix when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}: apt-get install chromium, or set KAKOR_CHROMIUM`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
