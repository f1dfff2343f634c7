import { describe, expect, it } from 'vitest';
import { findBrowser, ScanError } from '../src';

const having = (...paths: string[]) => ({ exists: (path: string) => paths.includes(path), list: () => [] as string[] });

describe('findBrowser', () => {
  it('takes --browser first, then KAKOR_CHROMIUM', () => {
    expect(findBrowser({ browser: '/opt/chrome', env: { KAKOR_CHROMIUM: '/usr/bin/chromium' }, ...having('/opt/chrome', '/usr/bin/chromium') })).toBe('/opt/chrome');
    expect(findBrowser({ env: { KAKOR_CHROMIUM: '/opt/c' }, platform: 'linux', ...having('/opt/c', '/usr/bin/chromium') })).toBe('/opt/c');
  });

  it("prefers Playwright's newest cached Chromium to the system paths", () => {
    const found = findBrowser({
      env: {},
      home: '/home/u',
      platform: 'linux',
      list: () => ['chromium-1100', 'chromium_headless_shell-1200', 'chromium-1200', 'ffmpeg-1010'],
      exists: (path) => ['/home/u/.cache/ms-playwright/chromium-1100/chrome-linux/chrome', '/home/u/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome', '/usr/bin/chromium'].includes(path),
    });
    expect(found).toBe('/home/u/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome');
  });

  it('falls back to the usual system paths per platform', () => {
    expect(findBrowser({ env: {}, home: '/h', platform: 'linux', ...having('/usr/bin/google-chrome') })).toBe('/usr/bin/google-chrome');
    expect(findBrowser({ env: {}, home: '/h', platform: 'darwin', ...having('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome') })).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
  });

  it('says how to get a browser when there is none, and when a given path does not exist', () => {
    expect(() => findBrowser({ env: {}, home: '/h', platform: 'linux', ...having() })).toThrow(/no Chromium or Chrome found[\s\S]*apt-get install chromium[\s\S]*KAKOR_CHROMIUM/);
    expect(() => findBrowser({ env: { KAKOR_CHROMIUM: '/gone' }, ...having() })).toThrow(ScanError);
  });
});
