// What Chromium really stores, with and without the middleware, for Set-Cookie values built to
// make a lenient filter and a browser disagree. Needs Debian's chromium (the check installs it).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { googleAnalytics, meta, stripe } from '@kakor/catalog';
import { decide, defineSite } from '@kakor/consent';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../test-utils/chromium';
import { withConsent } from '../src';
import { listen, secret } from './helpers';
import { allowedSetCookies, trickySetCookies } from './tricky-set-cookies';

const own = (name: string, category: 'necessary' | 'preferences') => ({ name, category, duration: 'session' as const, party: 'first' as const, storage: 'cookie' as const, purpose: { en: 'A test cookie.' } });
const site = defineSite({
  processors: [googleAnalytics, meta, stripe],
  cookies: [own('stickySession', 'necessary'), own('__Host-pref', 'preferences'), own('__Secure-pref', 'preferences')],
});
const values = [...trickySetCookies, ...allowedSetCookies];

const emit = (req: IncomingMessage, res: ServerResponse) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const index = url.searchParams.get('i');
  if (index !== null) res.setHeader('Set-Cookie', values[Number(index)] ?? '');
  const plant = url.searchParams.get('plant');
  if (plant !== null) res.setHeader('Set-Cookie', plant);
  res.setHeader('content-type', 'text/html');
  res.end('<!doctype html><title>t</title>');
};

let browser: Browser;
let context: BrowserContext;
let page: Page;
let guarded = '';
let bare = '';

beforeAll(async () => {
  guarded = await listen(withConsent(site, emit, { secret, onBlocked: () => undefined }));
  bare = await listen(emit);
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** The names Chromium holds after a same-origin fetch of each path from a page on `origin`, one list per path. */
async function storedAfterEach(origin: string, paths: readonly string[]): Promise<string[][]> {
  await page.goto(`${origin}/`);
  const out: string[][] = [];
  for (const path of paths) {
    await context.clearCookies();
    await page.evaluate(async (url) => void (await fetch(url)), path);
    out.push((await context.cookies()).map((cookie) => cookie.name));
  }
  return out;
}

const refused = (name: string) => !decide(site, null, name).allowed;

describe('Chromium differential: refused names never reach the cookie jar', () => {
  it(`holds for ${String(trickySetCookies.length)} tricky Set-Cookie values, of which Chromium stores over a hundred without the middleware`, async () => {
    expect(trickySetCookies.length).toBeGreaterThanOrEqual(100);
    const paths = trickySetCookies.map((_, i) => `/?i=${String(i)}`);
    const control = await storedAfterEach(bare, paths);
    const stored = await storedAfterEach(guarded, paths);
    const leaks = stored.flatMap((names, i) => (names.some(refused) ? [`${JSON.stringify(trickySetCookies[i]?.slice(0, 80))} → ${names.join(', ')}`] : []));
    const storedWithoutMiddleware = control.filter((names) => names.some(refused)).length;
    expect(leaks).toEqual([]);
    // The control shows the table is a real test: Chromium keeps these cookies when nothing filters them.
    // (The rest are real deletions, or carry a Path or Domain the page cannot set.)
    expect(storedWithoutMiddleware).toBeGreaterThanOrEqual(100);
  }, 120_000);

  it('lets every allowed value through', async () => {
    const indexes = allowedSetCookies.map((_, i) => trickySetCookies.length + i);
    const stored = await storedAfterEach(guarded, indexes.map((i) => `/?i=${String(i)}`));
    expect(stored).toEqual(allowedSetCookies.map((value) => [value.split('=')[0]]));
  });
});

describe('Chromium: withdrawal reaches prefixed cookies', () => {
  it('expires __Host- and __Secure- cookies once consent is withdrawn', async () => {
    await context.clearCookies();
    await page.goto(`${bare}/`);
    for (const plant of ['__Host-pref=1; Secure; Path=/', '__Secure-pref=1; Secure; Path=/']) {
      await page.evaluate(async (url) => void (await fetch(url)), `/?plant=${encodeURIComponent(plant)}`);
    }
    const planted = (await context.cookies()).map((c) => c.name).sort();
    expect(planted).toEqual(['__Host-pref', '__Secure-pref']);
    // Control: an expiring header without Secure, as the middleware once sent, is ignored.
    for (const expire of ['__Host-pref=; Max-Age=0; Path=/', '__Secure-pref=; Max-Age=0; Path=/']) {
      await page.evaluate(async (url) => void (await fetch(url)), `/?plant=${encodeURIComponent(expire)}`);
    }
    expect((await context.cookies()).map((c) => c.name).sort()).toEqual(['__Host-pref', '__Secure-pref']);
    // No consent cookie: preferences are not allowed, so the guarded server expires both.
    await page.goto(`${guarded}/`);
    expect((await context.cookies()).map((c) => c.name)).toEqual([]);
  });
});
