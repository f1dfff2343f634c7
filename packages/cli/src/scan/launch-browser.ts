import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { ScanError } from './scan-error';

/** The browser a scan drives; each consent state opens a fresh context in it. */
export interface ScanBrowser {
  /** The browser, for `newContext()`. */
  readonly browser: Browser;
  /** Closes the browser and removes its profile folder. */
  readonly close: () => Promise<void>;
}

const args = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

async function devToolsPort(dir: string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const port = await readFile(join(dir, 'DevToolsActivePort'), 'utf8').then((text) => text.split('\n')[0] ?? '', () => '');
    if (/^\d+$/.test(port)) return port;
    if (Date.now() > deadline) throw new Error('the browser did not say which port its DevTools listen on');
    await sleep(50);
  }
}

/**
 * Starts Chromium on an empty profile that allows third-party cookies, as Chrome does for a
 * visitor by default. Playwright's contexts are off-the-record profiles, which block
 * third-party cookies and storage unless the profile they derive from allows them; so the
 * browser starts on such a profile and Playwright connects to it over DevTools (on
 * 127.0.0.1, for the length of the scan) to open a fresh context per consent state.
 */
export async function launchScanBrowser(executablePath: string, timeoutMs: number): Promise<ScanBrowser> {
  const dir = await mkdtemp(join(tmpdir(), 'kakor-scan-'));
  await mkdir(join(dir, 'Default'));
  await writeFile(join(dir, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));
  const root = process.getuid?.() === 0;
  const launchTimeout = Math.max(timeoutMs, 60_000);
  let owner: BrowserContext | undefined;
  try {
    owner = await chromium.launchPersistentContext(dir, {
      executablePath,
      headless: true,
      args: [...(root ? ['--no-sandbox'] : []), ...args, '--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0'],
      timeout: launchTimeout,
    });
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${await devToolsPort(dir, launchTimeout)}`, { timeout: launchTimeout });
    const started = owner;
    return {
      browser,
      close: async () => {
        await browser.close().catch(() => undefined);
        await started.close().catch(() => undefined);
        await rm(dir, { recursive: true, force: true, maxRetries: 3 });
      },
    };
  } catch (error) {
    await owner?.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true, maxRetries: 3 });
    throw new ScanError('browser-failed', `could not start the browser at ${executablePath}: ${(error as Error).message.split('\n')[0] ?? ''}`);
  }
}
