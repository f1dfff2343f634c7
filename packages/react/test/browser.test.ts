// A built page in Debian's Chromium: accept, reject and withdraw, checking document.cookie and
// storage each time. Needs /usr/bin/chromium (apt-get install chromium; the check script installs it).
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packageDir = join(import.meta.dirname, '..');
const executablePath = process.env.KAKOR_CHROMIUM ?? '/usr/bin/chromium';
let server: Server;
let browser: Browser;
let origin = '';
const bundles: Record<string, string> = {};

const reactVersions: Record<string, Record<string, string>> = {
  '19': {},
  '18': { react: 'react-18', 'react-dom': 'react-dom-18' },
};

const analyticsScript = `document.cookie = '_ga=GA1.1.' + Date.now() + '; Path=/; Max-Age=63072000'; sessionStorage.setItem('_hjViewport', 'x'); window.analyticsLoaded = (window.analyticsLoaded || 0) + 1;`;

beforeAll(async () => {
  expect(existsSync(join(packageDir, 'dist/index.js')), 'packages/react/dist is missing: run `pnpm build` first').toBe(true);
  expect(existsSync(executablePath), `Chromium not found at ${executablePath}: apt-get install chromium`).toBe(true);
  // The same page against React 19 and, through an alias, React 18: the peer range is ^18 || ^19.
  for (const [version, alias] of Object.entries(reactVersions)) {
    const result = await build({
      entryPoints: [join(import.meta.dirname, 'browser/app.tsx')],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      jsx: 'automatic',
      alias,
      absWorkingDir: packageDir,
      define: { 'process.env.NODE_ENV': '"production"' },
      write: false,
      logLevel: 'silent',
    });
    bundles[version] = result.outputFiles[0]?.text ?? '';
  }
  server = createServer((req, res) => {
    const app = /^\/app-(\d+)\.js$/.exec(req.url ?? '');
    if (app) return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundles[app[1] ?? '']);
    if (req.url === '/analytics.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(analyticsScript);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': 'stickySession=s1; Path=/' });
    const version = new URL(req.url ?? '/', 'http://x').searchParams.get('react') ?? '19';
    res.end(`<!doctype html><html lang="en"><head><title>Kakor React test</title></head><body><div id="root"></div><script type="module" src="/app-${version}.js"></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function freshPage(react: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/?react=${react}`);
  await page.waitForSelector('#status');
  return page;
}

async function storageOf(page: Page) {
  return page.evaluate(() => ({
    cookies: document.cookie
      .split(';')
      .map((part) => part.split('=')[0]?.trim() ?? '')
      .filter(Boolean)
      .sort(),
    local: Object.keys(localStorage).sort(),
    session: Object.keys(sessionStorage).sort(),
    analyticsScript: document.getElementById('analytics-script') !== null,
    video: document.getElementById('video')?.textContent,
  }));
}

describe.each(Object.keys(reactVersions))('@kakor/react with React %s in Chromium', (react) => {
  it('stores nothing optional before a choice, sets it after accept, and clears it on withdrawal', async () => {
    const page = await freshPage(react);
    expect(await page.getAttribute('html', 'data-react')).toMatch(new RegExp(`^${react}\\.`));
    expect(await page.textContent('#status')).toBe('ask:no-consent');
    expect(await storageOf(page)).toMatchObject({ cookies: ['stickySession'], local: [], session: [], analyticsScript: false, video: 'video blocked' });

    await page.click('#accept');
    await page.waitForFunction(() => document.cookie.includes('_ga='));
    const accepted = await storageOf(page);
    expect(accepted.cookies).toEqual(['_fbp', '_ga', 'kakor_consent', 'stickySession']);
    expect(accepted).toMatchObject({ local: ['theme'], session: ['_hjViewport'], analyticsScript: true, video: 'video shown' });

    await page.click('#withdraw');
    await page.waitForFunction(() => !document.cookie.includes('_ga='));
    const withdrawn = await storageOf(page);
    expect(withdrawn.cookies).toEqual(['kakor_consent', 'stickySession']);
    // _hjViewport is not declared by the site, so it is not the site's to clear.
    expect(withdrawn).toMatchObject({ local: [], session: ['_hjViewport'], analyticsScript: false, video: 'video blocked' });
    await page.context().close();
  });

  it('sets nothing optional after reject, also after a reload', async () => {
    const page = await freshPage(react);
    await page.click('#reject');
    await page.waitForFunction(() => document.cookie.includes('kakor_consent='));
    expect(await storageOf(page)).toMatchObject({ cookies: ['kakor_consent', 'stickySession'], local: [], session: [], analyticsScript: false });
    await page.reload();
    await page.waitForSelector('#status');
    expect(await page.textContent('#status')).toBe('decided');
    expect(await storageOf(page)).toMatchObject({ cookies: ['kakor_consent', 'stickySession'], local: [], analyticsScript: false });
    await page.context().close();
  });

  it('keeps analytics but drops marketing cookies when the choice narrows', async () => {
    const page = await freshPage(react);
    await page.click('#accept');
    await page.waitForFunction(() => document.cookie.includes('_fbp=') && document.cookie.includes('_ga='));
    await page.click('#analytics-only');
    await page.waitForFunction(() => !document.cookie.includes('_fbp='));
    const narrowed = await storageOf(page);
    expect(narrowed.cookies).toEqual(['_ga', 'kakor_consent', 'stickySession']);
    expect(narrowed).toMatchObject({ local: [], analyticsScript: true });
    await page.context().close();
  });
});
