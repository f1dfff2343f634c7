import type { Page } from 'playwright-core';
import { navigationError } from './navigation-error';
import type { ScannedPage } from './scan-report';
import { ScanError } from './scan-error';

/** How many links one page may offer the crawl: a huge page costs bounded time. */
const maxLinksPerPage = 2000;

const notPages = /\.(?:pdf|zip|gz|tgz|dmg|exe|png|jpe?g|gif|webp|avif|svg|ico|mp3|mp4|webm|mov|css|js|mjs|json|xml|txt|woff2?|ttf)$/i;

/** A link as the crawl queues it: absolute, without the fragment; `undefined` when it leaves the origin or is not a page. */
export function crawlableUrl(href: string, origin: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href, origin);
  } catch {
    return undefined;
  }
  if (url.origin !== origin || notPages.test(url.pathname)) return undefined;
  url.hash = '';
  return url.href;
}

/** The same-origin links of a page, in document order, without duplicates. */
export async function sameOriginLinks(page: Page, origin: string): Promise<string[]> {
  const hrefs = await page
    .evaluate((limit) => Array.from(document.querySelectorAll('a[href]'), (a) => (a as HTMLAnchorElement).href).slice(0, limit), maxLinksPerPage)
    .catch(() => [] as string[]);
  return [...new Set(hrefs.map((href) => crawlableUrl(href, origin)).filter((url): url is string => url !== undefined))];
}

/** What opening one page gave. */
export interface VisitResult {
  /** The page's record for the report. */
  readonly page: ScannedPage;
  /** Whether a document loaded, so links and storage can be read. */
  readonly loaded: boolean;
}

/**
 * Opens a page and waits until the network is idle or the time is up; a page that never
 * goes idle is recorded as it is then. For the start page (`strict`), a failure to load,
 * an HTTP error or a document that is not HTML throws a {@link ScanError}.
 */
export async function visitPage(page: Page, url: string, timeoutMs: number, strict: boolean): Promise<VisitResult> {
  const deadline = Date.now() + timeoutMs;
  let response;
  try {
    response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
  } catch (error) {
    const problem = navigationError(url, error, timeoutMs);
    if (strict) throw problem;
    return { page: { url, problem: problem.message }, loaded: false };
  }
  const status = response?.status();
  const type = response ? ((await response.headerValue('content-type').catch(() => null)) ?? '') : 'text/html';
  const base = status === undefined ? { url } : { url, status };
  if (!/html/i.test(type) && type !== '') {
    const problem = `${url} is not an HTML page (Content-Type: ${type}); give the URL of a page`;
    if (strict) throw new ScanError('not-html', problem);
    return { page: { ...base, problem }, loaded: false };
  }
  if (strict && status !== undefined && status >= 400) throw new ScanError('http-error', `${url} answered HTTP ${String(status)}; give the URL of a page that loads`);
  const remaining = Math.max(0, deadline - Date.now());
  try {
    await page.waitForLoadState('load', { timeout: remaining });
    await page.waitForLoadState('networkidle', { timeout: Math.max(1, deadline - Date.now()) });
  } catch {
    return { page: { ...base, problem: `did not go idle within ${String(timeoutMs / 1000)} s; recorded what was present then` }, loaded: true };
  }
  return { page: base, loaded: true };
}
