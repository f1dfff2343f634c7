import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ScanError } from './scan-error';

/** Where to look for a Chromium; the defaults are this machine's. */
export interface BrowserSearch {
  /** `--browser PATH`, which wins when given. */
  readonly browser?: string;
  /** The environment, for `KAKOR_CHROMIUM`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The home folder holding Playwright's browser cache. */
  readonly home?: string;
  /** `process.platform`. */
  readonly platform?: NodeJS.Platform;
  /** Whether a file exists. */
  readonly exists?: (path: string) => boolean;
  /** The entries of a folder, or none. */
  readonly list?: (dir: string) => readonly string[];
}

const systemPaths: Partial<Record<NodeJS.Platform, readonly string[]>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
};

function listDir(dir: string): readonly string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

// Playwright's cache: ~/.cache/ms-playwright (Linux), ~/Library/Caches/ms-playwright (macOS), %LOCALAPPDATA%\ms-playwright (Windows).
function playwrightCandidates(home: string, platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>, list: (dir: string) => readonly string[]): string[] {
  const cache =
    env.PLAYWRIGHT_BROWSERS_PATH ??
    (platform === 'darwin' ? join(home, 'Library/Caches/ms-playwright') : platform === 'win32' ? join(env.LOCALAPPDATA ?? join(home, 'AppData/Local'), 'ms-playwright') : join(home, '.cache/ms-playwright'));
  const inside: Partial<Record<NodeJS.Platform, readonly string[]>> = {
    linux: ['chrome-linux64/chrome', 'chrome-linux/chrome'],
    darwin: ['chrome-mac/Chromium.app/Contents/MacOS/Chromium', 'chrome-mac-arm64/Chromium.app/Contents/MacOS/Chromium'],
    win32: ['chrome-win64\\chrome.exe', 'chrome-win\\chrome.exe'],
  };
  // Newest revision first: chromium-1200 sorts after chromium-1100 by number.
  const revisions = list(cache)
    .filter((name) => /^chromium-\d+$/.test(name))
    .sort((a, b) => Number(b.slice(9)) - Number(a.slice(9)));
  return revisions.flatMap((revision) => (inside[platform] ?? []).map((path) => join(cache, revision, path)));
}

/**
 * Finds a Chromium the user has, never downloading one: `--browser`, then `KAKOR_CHROMIUM`,
 * then Playwright's browser cache, then the usual system paths. Throws a {@link ScanError}
 * saying how to get one when there is none.
 */
export function findBrowser(search: BrowserSearch = {}): string {
  const env = search.env ?? process.env;
  const exists = search.exists ?? existsSync;
  const platform = search.platform ?? process.platform;
  for (const [given, source] of [
    [search.browser, '--browser'],
    [env.KAKOR_CHROMIUM, 'KAKOR_CHROMIUM'],
  ] as const) {
    if (given === undefined || given === '') continue;
    if (!exists(given)) throw new ScanError('browser-not-found', `${source} names ${given}, which does not exist; give the path of a Chromium or Chrome executable`);
    return given;
  }
  const candidates = [...playwrightCandidates(search.home ?? homedir(), platform, env, search.list ?? listDir), ...(systemPaths[platform] ?? [])];
  const found = candidates.find((path) => exists(path));
  if (found !== undefined) return found;
  throw new ScanError(
    'browser-not-found',
    [
      'no Chromium or Chrome found; kakor scan drives one you have and never downloads a browser. Either:',
      '  - install one: `sudo apt-get install chromium` (Debian/Ubuntu), Google Chrome from google.com/chrome, or `npx playwright install chromium`;',
      '  - or point at one: `kakor scan --browser /path/to/chrome …` or KAKOR_CHROMIUM=/path/to/chrome.',
      `Looked in: ${candidates.join(', ') || '(no known paths on this platform)'}`,
    ].join('\n'),
  );
}
