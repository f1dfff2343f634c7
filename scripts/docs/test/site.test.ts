// Builds the docs site (without the slow typedoc step) and drives it in Debian's Chromium from
// file:// URLs, as a reader opens it. Needs the packages built (`pnpm build`) and /usr/bin/chromium.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../build-site';
import { repoRoot } from '../paths';
import { cliPath } from '../policies';

const executablePath = process.env.KAKOR_CHROMIUM ?? '/usr/bin/chromium';
let site: BuiltSite;
let browser: Browser;

beforeAll(async () => {
  expect(existsSync(cliPath(repoRoot)), 'packages/cli/dist is missing: run `pnpm build` first').toBe(true);
  expect(existsSync(executablePath), `Chromium not found at ${executablePath}: apt-get install chromium`).toBe(true);
  site = await buildSite({ siteDir: mkdtempSync(join(tmpdir(), 'kakor-docs-')), api: false });
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (site) rmSync(site.siteDir, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(join(site.siteDir, path)).href);
  expect(errors).toEqual([]);
  return page;
}

const resultIds = (page: Page): Promise<(string | null)[]> => page.locator('#results > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-entry')));

describe('docs site in Chromium', () => {
  it('finds a cookie by its full name through the catalog pattern, and opens the entry', async () => {
    const page = await open('catalog/index.html');
    await page.getByLabel('Cookie name, vendor or service').fill('_pk_id.8506966f');
    await expect.poll(() => page.textContent('#status'), { timeout: 10_000 }).toBe('2 entries match “_pk_id.8506966f”.');
    expect(await resultIds(page)).toEqual(['matomo', 'piwik-pro']);
    expect(await page.locator('#results > li[data-entry="matomo"]').getAttribute('data-reason')).toBe('best-match');

    await page.getByRole('link', { name: 'Piwik PRO', exact: true }).click();
    const heading = page.getByRole('heading', { level: 2, name: 'Piwik PRO' });
    await heading.waitFor();
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.locator('#results-view').isHidden()).toBe(true);
    const pkId = page.locator('table.items tbody tr', { has: page.locator('code', { hasText: /^_pk_id\.\*$/ }) });
    expect(await pkId.innerText()).toMatch(/Analytics[\s\S]*13 months[\s\S]*First party[\s\S]*Cookie/);
    expect(await pkId.locator('[lang="sv"]').count()).toBe(1);
    expect(await page.locator('.facts').innerText()).toContain('Piwik PRO SA');
    expect(await page.locator('.sources time').first().getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await page.getByRole('link', { name: '← Back to the results' }).click();
    await page.locator('#results-view').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Piwik PRO');
    await page.context().close();
  });

  it('puts the exact name first for _ga and reaches the entry with the keyboard alone', async () => {
    const page = await open('catalog/index.html');
    await page.locator('#query').focus();
    await page.keyboard.type('_ga');
    await expect.poll(() => resultIds(page).then((ids) => ids[0]), { timeout: 10_000 }).toBe('google-analytics');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Google Analytics 4');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Google Analytics 4' }).waitFor();
    expect(await page.locator('table.items').innerText()).toContain('_ga_*');

    await page.locator('#query').fill('_ga_ABC123');
    await expect.poll(() => resultIds(page).then((ids) => ids[0]), { timeout: 10_000 }).toBe('google-analytics');
    expect(await page.locator('#results > li').first().locator('.matched-items code').allTextContents()).toEqual(['_ga_*']);
    expect(await page.locator('#entry-view').isHidden()).toBe(true);
    await page.context().close();
  });

  it('shows a generated Swedish policy with its categories and lifetimes', async () => {
    const page = await open('policies/seed-000.sv.html');
    const policy = page.locator('.kakor-policy[lang="sv"]');
    expect(await policy.getByRole('heading', { name: 'Nödvändiga' }).count()).toBe(1);
    const pkId = policy.locator('tr', { has: page.locator('code', { hasText: /^_pk_id\.\*$/ }) });
    expect(await pkId.innerText()).toContain('12 månader');
    await page.context().close();
  });

  it('links its pages to each other with relative links to pages and headings that exist', () => {
    const html = new Map(site.pages.map((path) => [path, readFileSync(join(site.siteDir, path), 'utf8')]));
    for (const [path, text] of html) {
      for (const [, file = '', fragment] of text.matchAll(/href="([^"#]*)(?:#([^"]*))?"/g)) {
        if (/^[a-z]+:/.test(file) || file === '') continue;
        const target = join(dirname(path), decodeURI(file));
        // Links out of the site point at files of the checkout, which the site does not check.
        if (target.startsWith('..')) continue;
        expect(existsSync(join(site.siteDir, target)), `${path} links to ${file}`).toBe(true);
        const page = html.get(target);
        if (fragment && page !== undefined) expect(page, `${path} links to ${file}#${fragment}`).toContain(`id="${fragment}"`);
      }
    }
    expect(site.pages).toEqual(expect.arrayContaining(['index.html', 'catalog/index.html', 'policies/index.html', 'policies/seed-003.nb.html']));
  });
});
