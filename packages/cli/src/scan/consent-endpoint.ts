import type { OptionalCategory } from '@kakor/consent';
import type { Page } from 'playwright-core';
import { ScanError } from './scan-error';

/** The path Kakor's middleware serves the consent endpoint on by default. */
export const defaultEndpointPath = '/kakor/consent';

/** Whether a body is what Kakor's endpoint answers to GET: `{ state, needsConsent, gpc, fingerprint }`. */
export function isKakorEndpointAnswer(body: unknown): boolean {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return false;
  const answer = body as Record<string, unknown>;
  return 'state' in answer && 'needsConsent' in answer && typeof answer.gpc === 'boolean' && typeof answer.fingerprint === 'string';
}

/** The endpoint's URL when the site runs Kakor's consent endpoint there, else `null`. */
export async function detectKakorEndpoint(origin: string, path: string, timeoutMs: number): Promise<string | null> {
  const url = new URL(path, origin).href;
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' }, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok || !/json/i.test(response.headers.get('content-type') ?? '')) return null;
    const text = await response.text();
    if (text.length > 65_536) return null;
    return isKakorEndpointAnswer(JSON.parse(text)) ? url : null;
  } catch {
    return null;
  }
}

/**
 * Posts a choice to the endpoint from a page of the site, with the page's cookies, so the
 * server signs and sets the consent cookie as it would for a visitor clicking the banner.
 * Returns the categories the server recorded.
 */
export async function postChoice(page: Page, endpoint: string, categories: Record<OptionalCategory, boolean>): Promise<Record<OptionalCategory, boolean>> {
  const answer = await page.evaluate(
    async ({ url, body }) => {
      const response = await fetch(url, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: response.status, text: await response.text() };
    },
    { url: endpoint, body: { categories } },
  );
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.text);
  } catch {
    parsed = undefined;
  }
  const state = (parsed as { state?: { categories?: Record<OptionalCategory, boolean> } } | undefined)?.state;
  if (answer.status !== 200 || !state?.categories) {
    throw new ScanError('unreachable', `the consent endpoint ${endpoint} refused the choice (HTTP ${String(answer.status)}: ${answer.text.slice(0, 200)})`);
  }
  return state.categories;
}
