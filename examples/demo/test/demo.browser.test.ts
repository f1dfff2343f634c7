// The demo end to end in Debian's Chromium (playwright-core, no browser download): a real
// Express server on 127.0.0.1 with @kakor/node, serving the Vite-built React app.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { googleAnalytics } from '@kakor/catalog';
import type { ConsentRecord } from '@kakor/node';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoApp } from '../server/app';

const demoDir = join(import.meta.dirname, '..');
const screenshots = join(demoDir, '../../docs/screenshots');
const executablePath = process.env.KAKOR_CHROMIUM ?? '/usr/bin/chromium';
const optional = ['_ga', '_ga_DEMO1234', '_gid', '_fbp', '_fbc'];
const marketing = ['_fbp', '_fbc'];
const records: ConsentRecord[] = [];
let server: Server;
let browser: Browser;
let origin = '';

beforeAll(async () => {
  expect(existsSync(join(demoDir, 'dist/index.html')), 'examples/demo/dist is missing: run `pnpm build` first').toBe(true);
  expect(existsSync(executablePath), `Chromium not found at ${executablePath}: apt-get install chromium`).toBe(true);
  const app = createDemoApp({ secret: 'demo-test-secret-0123456789', onConsent: (record) => void records.push(record) });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
  await mkdir(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function visit(options: { gpc?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 760 }, ...(options.gpc && { extraHTTPHeaders: { 'Sec-GPC': '1' } }) });
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForSelector('#server-cookies:not(:empty)');
  return { context, page };
}

/** Every cookie the browser holds for the site, HttpOnly ones included. */
async function cookieNames(context: BrowserContext): Promise<string[]> {
  return (await context.cookies(origin)).map((cookie) => cookie.name).sort();
}

async function waitForCookies(context: BrowserContext, check: (names: string[]) => boolean): Promise<string[]> {
  const deadline = Date.now() + 10_000;
  let names = await cookieNames(context);
  while (!check(names) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    names = await cookieNames(context);
  }
  return names;
}

describe('the demo in Chromium', () => {
  it('stores no optional cookie on a first visit, and shows the banner', async () => {
    const { context, page } = await visit();
    await page.waitForSelector('.kakor-banner');
    expect(await cookieNames(context)).toEqual(['demo_session']);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('script[src^="/vendor/"]').length)).toBe(0);
    await page.screenshot({ path: join(screenshots, 'demo-banner.png') });
    await context.close();
  });

  it('sets analytics and marketing cookies after accept all, and removes them all on withdrawal', async () => {
    const { context, page } = await visit();
    await page.click('.kakor-banner [data-kakor-action="accept-all"]');
    const accepted = await waitForCookies(context, (names) => optional.every((name) => names.includes(name)));
    expect(accepted).toEqual(expect.arrayContaining([...optional, 'kakor_consent', 'demo_session']));
    const consent = (await context.cookies(origin)).find((cookie) => cookie.name === 'kakor_consent');
    expect(consent?.value).toMatch(/\.[\w-]{43}$/); // signed by the server's endpoint
    expect(records.at(-1)?.categories).toEqual({ preferences: true, analytics: true, marketing: true });
    await page.check('#theme');
    expect(await page.evaluate(() => localStorage.getItem('demo_theme'))).toBe('dark');
    const httpOnly = (await context.cookies(origin)).filter((cookie) => cookie.httpOnly).map((cookie) => cookie.name).sort();
    expect(httpOnly).toEqual(['_fbc', '_gid', 'demo_session']);

    await page.click('#withdraw');
    const withdrawn = await waitForCookies(context, (names) => optional.every((name) => !names.includes(name)));
    // Script-set cookies go in the browser; the server-set HttpOnly ones expire in the endpoint's answer.
    expect(withdrawn).toEqual(['demo_session', 'kakor_consent']);
    expect(await page.evaluate(() => localStorage.getItem('demo_theme'))).toBeNull();
    expect(records.at(-1)?.categories).toEqual({ preferences: false, analytics: false, marketing: false });
    await page.reload();
    await page.waitForSelector('#server-cookies:not(:empty)');
    expect(await cookieNames(context)).toEqual(['demo_session', 'kakor_consent']);
    await context.close();
  });

  it('never sets an optional cookie after reject all, across pages and reloads', async () => {
    const { context, page } = await visit();
    await page.click('.kakor-banner [data-kakor-action="reject-all"]');
    await waitForCookies(context, (names) => names.includes('kakor_consent'));
    await page.click('a[href^="/video"]');
    expect(await page.textContent('#video-blocked')).toContain('YouTube');
    await page.reload();
    await page.waitForSelector('#video-blocked');
    await page.goto(`${origin}/`);
    await page.waitForSelector('#server-cookies:not(:empty)');
    await page.waitForTimeout(300);
    expect(await cookieNames(context)).toEqual(['demo_session', 'kakor_consent']);
    expect(await page.evaluate(() => document.querySelectorAll('script[src^="/vendor/"]').length)).toBe(0);
    await context.close();
  });

  it('never gives a Sec-GPC: 1 visitor marketing cookies, even after accept all', async () => {
    const { context, page } = await visit({ gpc: true });
    expect(await page.textContent('.kakor-banner')).toContain('Global Privacy Control');
    await page.click('.kakor-banner [data-kakor-action="accept-all"]');
    const names = await waitForCookies(context, (current) => current.includes('_ga') && current.includes('_gid'));
    await page.reload();
    await page.waitForSelector('#server-cookies:not(:empty)');
    await page.waitForTimeout(300);
    const after = await cookieNames(context);
    expect(names).toEqual(expect.arrayContaining(['_ga', '_gid']));
    expect(after.filter((name) => marketing.includes(name))).toEqual([]);
    expect(records.at(-1)).toMatchObject({ gpc: true, categories: { marketing: false } });
    expect(await page.evaluate(() => (window as { demoPixelLoaded?: number }).demoPixelLoaded ?? 0)).toBe(0);
    await context.close();
  });

  it('loads the catalog texts only when the dialog opens, and stores a choice made in it', async () => {
    const { context, page } = await visit();
    const purpose = googleAnalytics.cookies[0]?.purpose.en ?? '';
    const firstScripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.js')));
    const firstCode = (await Promise.all(firstScripts.map(async (url) => (await context.request.get(url)).text()))).join('\n');
    expect(firstScripts.length).toBeGreaterThan(0);
    expect(firstCode.includes('kakor-banner')).toBe(true);
    expect(firstCode.includes(purpose), 'the first load ships the catalog rules only, no purposes').toBe(false);
    await page.click('.kakor-settings-button');
    await page.waitForSelector('dialog.kakor-dialog[open] .kakor-cookies');
    // The texts arrive in a chunk loaded on opening: wait for it rather than race it.
    await page.waitForFunction((text) => document.querySelector('dialog.kakor-dialog')?.textContent?.includes(text) === true, purpose, { timeout: 15_000 });
    expect(await page.textContent('dialog.kakor-dialog')).toContain(purpose);
    await page.check('dialog input[name="analytics"]');
    await page.click('dialog [data-kakor-action="save"]');
    await waitForCookies(context, (names) => names.includes('_ga'));
    expect(records.at(-1)?.categories).toEqual({ preferences: false, analytics: true, marketing: false });
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('kakor-settings-button');
    // Reopened, the dialog shows the visitor's receipt: the id the server recorded as proof,
    // once the endpoint has answered, and again after a reload.
    const recordedId = records.at(-1)?.id ?? 'none recorded';
    const receiptShows = (id: string) => page.waitForFunction((expected) => document.querySelector('dialog .kakor-receipt')?.textContent?.includes(`Your consent ID: ${expected},`) === true, id, { timeout: 10_000 });
    await page.click('.kakor-settings-button');
    await receiptShows(recordedId);
    await page.reload();
    await page.waitForSelector('#server-cookies:not(:empty)');
    await page.click('.kakor-settings-button');
    await receiptShows(recordedId);
    await context.close();
  });

  it('records the locale the banner and dialog were shown in, whatever the browser prefers', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${origin}/?lang=sv`);
    await page.click('.kakor-banner[lang="sv"] [data-kakor-action="reject-all"]');
    await waitForCookies(context, (names) => names.includes('kakor_consent'));
    expect(records.at(-1)).toMatchObject({ locale: 'sv', categories: { analytics: false } });
    await page.selectOption('#language', 'nb');
    await page.click('.kakor-settings-button');
    await page.waitForSelector('dialog.kakor-dialog[open][lang="nb"]');
    const before = records.length;
    await page.check('dialog input[name="analytics"]');
    await page.click('dialog [data-kakor-action="save"]');
    await waitForCookies(context, (names) => names.includes('_ga'));
    expect(records.length).toBe(before + 1);
    expect(records.at(-1)).toMatchObject({ locale: 'nb', categories: { analytics: true } });
    await page.click('#withdraw');
    // Script-set cookies go at once in the browser; wait for the server's record instead.
    await page.waitForFunction(() => document.cookie.includes('kakor_consent'));
    const deadline = Date.now() + 10_000;
    while (records.length === before + 1 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(records.at(-1)).toMatchObject({ locale: 'nb', categories: { analytics: false } });
    await context.close();
  });

  it('shows the cookie and sub-processor policy in Swedish and Norwegian', async () => {
    const { context, page } = await visit();
    await page.click('.kakor-banner [data-kakor-action="reject-all"]');
    await page.click('#policy-link');
    await page.selectOption('#language', 'sv');
    await page.waitForSelector('article.policy[lang="sv"]');
    const sv = await page.textContent('article.policy');
    for (const text of ['Cookies och liknande tekniker', 'Nödvändiga', 'Statistik', 'Marknadsföring', 'Underbiträden', '2 år', 'Kakor Demo AB', 'Håller kvar varukorgen']) expect(sv).toContain(text);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await page.screenshot({ path: join(screenshots, 'demo-policy-sv.png'), fullPage: false });
    await page.selectOption('#language', 'nb');
    await page.waitForSelector('article.policy[lang="nb"]');
    const nb = await page.textContent('article.policy');
    for (const text of ['Informasjonskapsler og lignende teknologier', 'Nødvendige', 'Markedsføring', 'Underleverandører', 'Holder på handlekurven']) expect(nb).toContain(text);
    await context.close();
  });
});
