import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { ScanError } from './scan-error';

/** A browser with a fresh profile of its own; `close` ends it and deletes the profile. */
export interface FreshProfile {
  /** The browser's only context. */
  readonly context: BrowserContext;
  /** Closes the browser and removes its profile folder. */
  readonly close: () => Promise<void>;
}

const args = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

/**
 * Starts Chromium on a new, empty profile that allows third-party cookies, as Chrome does
 * for a visitor by default. Playwright's `newContext` profiles are off-the-record, where
 * Chromium blocks third-party cookies and storage, so a scan there would miss them.
 */
export async function launchFreshProfile(executablePath: string, timeoutMs: number): Promise<FreshProfile> {
  const dir = await mkdtemp(join(tmpdir(), 'kakor-scan-'));
  await mkdir(join(dir, 'Default'));
  await writeFile(join(dir, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));
  const root = process.getuid?.() === 0;
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(dir, {
      executablePath,
      headless: true,
      args: root ? ['--no-sandbox', ...args] : args,
      timeout: Math.max(timeoutMs, 30_000),
      viewport: { width: 1280, height: 800 },
    });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw new ScanError('browser-failed', `could not start the browser at ${executablePath}: ${(error as Error).message.split('\n')[0] ?? ''}`);
  }
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      await rm(dir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}
