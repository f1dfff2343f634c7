// @kakor/react/ui in Debian's Chromium (playwright-core, no browser download): a page rendered on
// the server with renderToString and hydrated in the browser, checked with axe-core (WCAG 2.2 AA
// rules) in light and dark and in en/sv/nb, driven by keyboard only, measured for layout shift,
// at 320 px and 200 % zoom. Saves the screenshots the app-developer guide shows.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CatalogLocale } from '@kakor/catalog';
import { parseConsent, type ConsentState } from '@kakor/consent';
import { cookiePolicy } from '@kakor/consent/policy';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UiPageProps } from './browser/ui-page';
import { site } from './site';

const packageDir = join(import.meta.dirname, '..');
const screenshots = join(packageDir, '../../docs/screenshots');
const executablePath = process.env.KAKOR_CHROMIUM ?? '/usr/bin/chromium';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const locales: readonly CatalogLocale[] = ['en', 'sv', 'nb'];
const pageCss = `body { margin: 0; padding: 1rem 1.5rem; font: 16px/1.5 system-ui, sans-serif; color: #1a1d23; background: #fff; }
main { max-width: 40rem; } h1 { margin-top: 0; }
@media (prefers-color-scheme: dark) { body { color: #eef1f6; background: #12151b; } a { color: #9db8ff; } }`;
let server: Server;
let browser: Browser;
let origin = '';
let clientBundle = '';
let serverDir = '';
let renderUiPage: (props: UiPageProps) => string;

beforeAll(async () => {
  expect(existsSync(join(packageDir, 'dist/ui/index.js')), 'packages/react/dist is missing: run `pnpm build` first').toBe(true);
  expect(existsSync(executablePath), `Chromium not found at ${executablePath}: apt-get install chromium`).toBe(true);
  const client = await build({
    entryPoints: [join(import.meta.dirname, 'browser/ui-client.tsx')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    absWorkingDir: packageDir,
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });
  clientBundle = client.outputFiles[0]?.text ?? '';
  serverDir = await mkdtemp(join(tmpdir(), 'kakor-ui-'));
  await build({
    entryPoints: [join(import.meta.dirname, 'browser/ui-server.tsx')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    jsx: 'automatic',
    absWorkingDir: packageDir,
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: join(serverDir, 'server.mjs'),
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  ({ renderUiPage } = (await import(pathToFileURL(join(serverDir, 'server.mjs')).href)) as { renderUiPage: typeof renderUiPage });
  const css = readFileSync(join(packageDir, 'ui.css'), 'utf8');
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/app.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(clientBundle);
    if (url.pathname === '/ui.css') return void res.writeHead(200, { 'content-type': 'text/css' }).end(css);
    const policy = /^\/policy\/(en|sv|nb)$/.exec(url.pathname);
    if (policy) return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(cookiePolicy(site, policy[1] as CatalogLocale, { owner: 'Test shop' })));
    if (url.pathname !== '/') return void res.writeHead(404).end();
    const cookie = /(?:^|;\s*)kakor_consent=([^;]*)/.exec(req.headers.cookie ?? '')?.[1];
    const lang = url.searchParams.get('lang');
    const props: UiPageProps = {
      initialConsent: cookie === undefined ? null : parseConsent(site, cookie),
      gpc: req.headers['sec-gpc'] === '1',
      locale: locales.includes(lang as CatalogLocale) ? (lang as CatalogLocale) : 'en',
    };
    const html = renderUiPage(props);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="${props.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Kakor UI test</title>` +
        `<link rel="stylesheet" href="/ui.css"><style>${pageCss}</style></head><body><div id="root">${html}</div>` +
        `<script type="application/json" id="props">${JSON.stringify(props).replace(/</g, '\\u003c')}</script><script type="module" src="/app.js"></script></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
  await mkdir(screenshots, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (serverDir) await rm(serverDir, { recursive: true, force: true });
});

// Records every layout shift and whether a banner was ever in the document, from the first byte.
const observers = () => {
  const page = window as unknown as { kakorShifts: number[]; kakorBannerSeen: boolean };
  page.kakorShifts = [];
  page.kakorBannerSeen = false;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) page.kakorShifts.push(entry.value);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new MutationObserver(() => {
    if (document.querySelector('.kakor-banner')) page.kakorBannerSeen = true;
  }).observe(document, { childList: true, subtree: true });
};

async function newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 760 }, ...options });
  await context.addInitScript(observers);
  return context;
}

async function visit(context: BrowserContext, locale: CatalogLocale = 'en'): Promise<{ page: Page; html: string }> {
  const page = await context.newPage();
  const response = await page.goto(`${origin}/?lang=${locale}`);
  const html = (await response?.text()) ?? '';
  await page.waitForSelector('html[data-hydrated="true"]');
  await settle(page);
  return { page, html };
}

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState === 'finished'));
}

async function openDialog(page: Page, opener = '.kakor-banner [data-kakor-action="choose"]'): Promise<void> {
  await page.click(opener);
  await page.waitForSelector('dialog.kakor-dialog[open] .kakor-cookies');
  await settle(page);
}

async function axe(page: Page): Promise<{ violations: string[]; passes: string[] }> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[]; passes: { id: string }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
    });
    return {
      violations: result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
      passes: result.passes.map((pass) => pass.id),
    };
  }, wcag22aa);
}

async function storedConsent(context: BrowserContext): Promise<ConsentState | null> {
  const value = (await context.cookies(origin)).find((cookie) => cookie.name === 'kakor_consent')?.value;
  return value === undefined ? null : parseConsent(site, value);
}

const focusInside = (page: Page, selector: string) => page.evaluate((inside) => document.activeElement?.closest(inside) !== null, selector);

describe('@kakor/react/ui in Chromium', () => {
  it('has no axe violations (WCAG 2.2 AA rules) in light and dark, en, sv and nb: banner, open dialog, dialog with the receipt, settings button', async () => {
    const violations: string[] = [];
    const checked = new Set<string>();
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const locale of locales) {
        const context = await newContext({ colorScheme });
        const { page } = await visit(context, locale);
        expect(await page.getAttribute('.kakor-banner', 'lang')).toBe(locale);
        const banner = await axe(page);
        await openDialog(page);
        // Every cookie list open, so its rows are checked too.
        await page.evaluate(() => document.querySelectorAll('dialog details').forEach((details) => details.setAttribute('open', '')));
        const dialog = await axe(page);
        // Once a choice is stored, the dialog opened from the settings button shows the receipt.
        await page.click('dialog [data-kakor-action="reject-all"]');
        await page.waitForSelector('.kakor-banner', { state: 'detached' });
        await openDialog(page, '.kakor-settings-button');
        const receiptText = await page.textContent('dialog .kakor-receipt');
        expect(receiptText).toContain((await storedConsent(context))?.id ?? 'no stored consent');
        expect(receiptText).toContain({ en: 'Your consent ID:', sv: 'Ditt samtyckes-id:', nb: 'Din samtykke-ID:' }[locale]);
        const withReceipt = await axe(page);
        violations.push(
          ...banner.violations.map((line) => `${colorScheme}/${locale}/banner ${line}`),
          ...dialog.violations.map((line) => `${colorScheme}/${locale}/dialog ${line}`),
          ...withReceipt.violations.map((line) => `${colorScheme}/${locale}/dialog with receipt ${line}`),
        );
        for (const id of [...banner.passes, ...dialog.passes, ...withReceipt.passes]) checked.add(id);
        await context.close();
      }
    }
    console.log(`axe-core: ${String(violations.length)} violations over 18 runs; rules that passed: ${[...checked].sort().join(', ')}`);
    expect(violations).toEqual([]);
    // Not a vacuous pass: contrast, names and dialog labelling were among the rules that ran.
    expect([...checked]).toEqual(expect.arrayContaining(['color-contrast', 'button-name', 'label', 'link-name', 'summary-name', 'html-has-lang', 'valid-lang', 'target-size']));
  }, 300_000);

  it('works by keyboard only: tab to the banner, open, trap, Esc, choose and save; focus returns; gating follows', async () => {
    const context = await newContext();
    const { page } = await visit(context);
    const reached = new Set<string>();
    for (let i = 0; i < 12 && reached.size < 3; i++) {
      await page.keyboard.press('Tab');
      const action = await page.evaluate(() => (document.activeElement?.closest('.kakor-banner') ? document.activeElement.getAttribute('data-kakor-action') : null));
      if (action) reached.add(action);
    }
    expect([...reached].sort()).toEqual(['accept-all', 'choose', 'reject-all']);
    // A visible focus indicator on the banner's buttons.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe('solid');

    await page.focus('.kakor-banner [data-kakor-action="choose"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.kakor-dialog[open] .kakor-cookies');
    expect(await focusInside(page, 'dialog.kakor-dialog')).toBe(true);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press(i % 5 === 4 ? 'Shift+Tab' : 'Tab');
      expect(await focusInside(page, 'dialog.kakor-dialog')).toBe(true);
    }
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.kakor-dialog:not([open])', { state: 'attached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-kakor-action'))).toBe('choose');
    expect(await storedConsent(context)).toBeNull(); // closing is not a choice

    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.kakor-dialog[open] .kakor-cookies');
    const firstDialogReceipt = await page.$('dialog .kakor-receipt');
    // No optional category is pre-ticked.
    expect(await page.$$eval('dialog input[type="checkbox"]', (boxes) => boxes.filter((box) => (box as HTMLInputElement).checked).length)).toBe(0);
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.getAttribute('name') === 'analytics')); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    for (let i = 0; i < 60 && !(await page.evaluate(() => document.activeElement?.getAttribute('data-kakor-action') === 'save')); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.kakor-banner', { state: 'detached' });
    expect(await page.textContent('#analytics')).toBe('analytics on');
    expect((await storedConsent(context))?.categories).toEqual({ preferences: false, analytics: true, marketing: false });
    // The banner's button is gone; focus lands on the settings button, which reopens the dialog.
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('kakor-settings-button');
    // No receipt before a choice; after it, the dialog shows the stored consent's id and time.
    expect(firstDialogReceipt).toBeNull();
    const stored = await storedConsent(context);
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.kakor-dialog[open] .kakor-cookies');
    expect(await page.isChecked('dialog input[name="analytics"]')).toBe(true);
    const receipt = await page.textContent('dialog .kakor-receipt');
    expect(receipt).toContain(`Your consent ID: ${stored?.id ?? 'none'}, given`);
    expect(receipt).toContain(await page.evaluate((givenAt) => new Date(givenAt).toLocaleString('en'), stored?.givenAt ?? 0));
    // Withdrawal is as easy: reject all from the settings dialog.
    for (let i = 0; i < 60 && !(await page.evaluate(() => document.activeElement?.getAttribute('data-kakor-action') === 'reject-all')); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.kakor-dialog:not([open])', { state: 'attached' });
    expect(await page.textContent('#analytics')).toBe('analytics off');
    expect((await storedConsent(context))?.categories).toEqual({ preferences: false, analytics: false, marketing: false });
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('kakor-settings-button');
    await context.close();
  });

  it('shifts no layout on a first visit (CLS 0) and never shows the banner to a returning visitor', async () => {
    const context = await newContext();
    const first = await visit(context);
    expect(first.html).toContain('kakor-banner'); // in the server's HTML: in the first paint, nothing inserted later
    await page500(first.page);
    await openDialog(first.page);
    await first.page.keyboard.press('Escape');
    await first.page.waitForSelector('dialog.kakor-dialog:not([open])', { state: 'attached' });
    await first.page.click('.kakor-banner [data-kakor-action="accept-all"]');
    await first.page.waitForSelector('.kakor-banner', { state: 'detached' });
    await page500(first.page);
    const shifts = await first.page.evaluate(() => (window as unknown as { kakorShifts: number[] }).kakorShifts);
    const cls = shifts.reduce((sum, value) => sum + value, 0);
    console.log(`layout shift on a first visit (load, banner, dialog, accept): ${String(cls)} over ${String(shifts.length)} entries`);
    expect(cls).toBe(0);

    const returning = await visit(context);
    expect(returning.html).not.toContain('kakor-banner');
    await page500(returning.page);
    expect(await returning.page.evaluate(() => (window as unknown as { kakorBannerSeen: boolean }).kakorBannerSeen)).toBe(false);
    expect(await returning.page.evaluate(() => (window as unknown as { kakorShifts: number[] }).kakorShifts)).toEqual([]);
    await context.close();
  });

  it('is usable at 320 px and at 200 % zoom: no horizontal scroll, every control reachable', async () => {
    // 320 CSS px is a 1280 px window at 400 %; 640 × 360 is a 1280 × 720 window at 200 %.
    for (const viewport of [
      { width: 320, height: 640 },
      { width: 640, height: 360 },
    ]) {
      const context = await newContext({ viewport, deviceScaleFactor: 2 });
      const { page } = await visit(context);
      const reachable = (selector: string) =>
        page.$$eval(selector, (elements) =>
          elements.map((element) => {
            element.scrollIntoView({ block: 'center', inline: 'nearest' });
            const box = element.getBoundingClientRect();
            const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            return { name: element.textContent || element.getAttribute('aria-label') || element.getAttribute('name'), inView: box.left >= 0 && box.right <= innerWidth, hit: hit !== null && (hit === element || element.contains(hit) || hit.closest('label')?.htmlFor === element.id) };
          }),
        );
      const noHorizontalScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= innerWidth && [...document.querySelectorAll('.kakor-banner, dialog[open]')].every((element) => element.scrollWidth <= element.clientWidth));
      expect(await noHorizontalScroll()).toBe(true);
      const bannerControls = await reachable('.kakor-banner a, .kakor-banner button');
      expect(bannerControls.length).toBe(4);
      expect(bannerControls.filter((control) => !control.inView || !control.hit)).toEqual([]);
      await openDialog(page);
      await page.evaluate(() => document.querySelectorAll('dialog details').forEach((details) => details.setAttribute('open', '')));
      expect(await noHorizontalScroll()).toBe(true);
      const dialogControls = await reachable('dialog[open] button, dialog[open] a, dialog[open] input, dialog[open] summary');
      expect(dialogControls.length).toBeGreaterThan(10);
      expect(dialogControls.filter((control) => !control.inView || !control.hit)).toEqual([]);
      // With a choice stored, the receipt (a 22-character id) fits too.
      await page.click('dialog [data-kakor-action="accept-all"]');
      await openDialog(page, '.kakor-settings-button');
      await page.waitForSelector('dialog .kakor-receipt');
      expect(await noHorizontalScroll()).toBe(true);
      await context.close();
    }
  });

  it('makes accept, reject and choose equally prominent, pre-ticks nothing, and keeps marketing off under GPC unless switched on', async () => {
    const context = await newContext({ extraHTTPHeaders: { 'Sec-GPC': '1' } });
    const { page } = await visit(context);
    const buttons = await page.$$eval('.kakor-banner button', (elements) =>
      elements.map((element) => {
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        return { tag: element.tagName, className: element.className, width: Math.round(box.width), height: Math.round(box.height), font: `${style.fontWeight} ${style.fontSize}`, colors: `${style.color} ${style.backgroundColor} ${style.borderStyle}` };
      }),
    );
    expect(buttons).toHaveLength(3);
    for (const button of buttons) expect({ ...button }).toEqual({ ...buttons[0] });
    expect(await page.textContent('.kakor-banner .kakor-notice')).toContain('Global Privacy Control');

    await openDialog(page);
    expect(await page.textContent('dialog .kakor-notice')).toContain('Global Privacy Control');
    expect(await page.$$eval('dialog input[type="checkbox"]:checked', (boxes) => boxes.length)).toBe(0);
    await page.click('dialog [data-kakor-action="accept-all"]');
    await page.waitForSelector('.kakor-banner', { state: 'detached' });
    expect((await storedConsent(context))?.categories).toEqual({ preferences: true, analytics: true, marketing: false });

    await page.click('.kakor-settings-button');
    await page.waitForSelector('dialog.kakor-dialog[open] .kakor-cookies');
    expect(await page.isChecked('dialog input[name="marketing"]')).toBe(false);
    await page.check('dialog input[name="marketing"]');
    await page.click('dialog [data-kakor-action="save"]');
    await page.waitForSelector('dialog.kakor-dialog:not([open])', { state: 'attached' });
    expect((await storedConsent(context))?.categories).toEqual({ preferences: true, analytics: true, marketing: true });
    await context.close();
  });

  it('lists the cookie names from the site when the policy loader fails, and stops saying it is loading', async () => {
    const context = await newContext();
    await context.route('**/policy/en', (route) => route.fulfill({ status: 500, body: 'down' }));
    const { page } = await visit(context);
    const errors: string[] = [];
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    await page.click('.kakor-banner [data-kakor-action="choose"]');
    await page.waitForSelector('dialog.kakor-dialog[open] .kakor-cookies');
    await page.waitForFunction(() => document.querySelector('dialog [role="status"]') === null);
    const text = await page.textContent('dialog.kakor-dialog');
    expect(text).toContain('__stripe_mid');
    expect(text).not.toContain('Recognises the browser'); // Stripe's purpose comes only with the policy rows
    expect(errors.join('\n')).toContain('the `policy` loader failed');
    await context.close();
  });

  it('respects prefers-reduced-motion', async () => {
    for (const [reducedMotion, expected] of [
      ['reduce', 'none'],
      ['no-preference', 'kakor-rise'],
    ] as const) {
      const context = await newContext({ reducedMotion });
      const { page } = await visit(context);
      expect(await page.$eval('.kakor-banner', (banner) => getComputedStyle(banner).animationName)).toBe(expected);
      await context.close();
    }
  });

  it('saves screenshots of the banner and the dialog in light and dark for the docs', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await newContext({ colorScheme, viewport: { width: 1000, height: 700 } });
      const { page } = await visit(context);
      await page.screenshot({ path: join(screenshots, `ui-banner-${colorScheme}.png`) });
      await openDialog(page);
      await page.click('dialog .kakor-processor summary');
      await page.screenshot({ path: join(screenshots, `ui-dialog-${colorScheme}.png`) });
      await context.close();
    }
    expect(existsSync(join(screenshots, 'ui-dialog-dark.png'))).toBe(true);
  });
});

// Lets late shifts (fonts, hydration, animations) land before the figure is read.
async function page500(page: Page): Promise<void> {
  await page.waitForTimeout(500);
  await settle(page);
}
