import type { OptionalCategory } from '@kakor/consent';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { postChoice } from './consent-endpoint';
import { crawlableUrl, sameOriginLinks, visitPage } from './crawl';
import { navigationError } from './navigation-error';
import { cookieNameFromAssignment, recordWritesInitScript, scriptUrlFromStack, writeBindingName, type ScriptWrite } from './record-writes';
import type { ScannedPage, ScannedStorage, ScanStateName, Setter } from './scan-report';
import { ScanError } from './scan-error';

/** A cookie as the browser held it after a page. */
export interface RecordedCookie {
  readonly name: string;
  readonly domain: string;
  readonly path: string;
  /** Seconds since the epoch; -1 for a session cookie. */
  readonly expires: number;
  readonly httpOnly: boolean;
  readonly secure: boolean;
  readonly sameSite: 'Strict' | 'Lax' | 'None';
  readonly firstSeenOn: string;
}

/** A storage key or IndexedDB database a frame held after a page. */
export interface RecordedStorageItem {
  readonly storage: Exclude<ScannedStorage, 'cookie'>;
  readonly name: string;
  readonly origin: string;
  readonly firstSeenOn: string;
}

/** A write the scan saw, with the host (for cookies) or origin (for storage) it went to. */
export interface RecordedWrite {
  readonly storage: ScannedStorage;
  readonly name: string;
  /** The host a cookie was set for (its Domain attribute, else the response's or frame's host); the origin for storage. */
  readonly target: string;
  readonly setter: Setter;
}

/** Everything one consent state recorded. */
export interface StateRecording {
  readonly state: ScanStateName;
  readonly via: 'none' | 'endpoint' | 'selector';
  readonly consent: Record<OptionalCategory, boolean> | null;
  readonly pages: readonly ScannedPage[];
  readonly cookies: readonly RecordedCookie[];
  readonly storage: readonly RecordedStorageItem[];
  readonly writes: readonly RecordedWrite[];
}

/** What {@link recordState} needs. */
export interface RecordStateOptions {
  /** The browser; the state gets a fresh context of its own in it. */
  readonly browser: Browser;
  readonly startUrl: string;
  readonly state: ScanStateName;
  /** Kakor's consent endpoint URL, when the site runs one. */
  readonly endpoint: string | null;
  /** A banner button to click for `accept` on a site without Kakor's endpoint. */
  readonly acceptSelector?: string;
  readonly maxPages: number;
  readonly timeoutMs: number;
  /** Called before each page. */
  readonly onPage?: (state: ScanStateName, index: number, url: string) => void;
}

function domainAttribute(setCookie: string): string | undefined {
  const match = /;\s*domain\s*=\s*([^;]+)/i.exec(setCookie);
  return match?.[1]?.trim().replace(/^\./, '').toLowerCase() || undefined;
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

async function listenForWrites(context: BrowserContext, writes: RecordedWrite[], pending: Promise<void>[]): Promise<void> {
  context.on('response', (response: Response) => {
    pending.push(
      response
        .headersArray()
        .then((headers) => {
          for (const header of headers) {
            if (header.name.toLowerCase() !== 'set-cookie') continue;
            // Some servers fold several cookies into one header, one per line.
            for (const line of header.value.split('\n')) {
              const name = cookieNameFromAssignment(line);
              if (name !== undefined) writes.push({ storage: 'cookie', name, target: domainAttribute(line) ?? hostOf(response.url()), setter: { via: 'set-cookie', url: response.url() } });
            }
          }
        })
        .catch(() => undefined),
    );
  });
  await context.exposeBinding(writeBindingName, (source, write: ScriptWrite) => {
    if (typeof write !== 'object' || write === null || typeof write.text !== 'string' || typeof write.stack !== 'string') return;
    const frameUrl = source.frame.url();
    const url = scriptUrlFromStack(write.stack);
    const setter: Setter = url === undefined ? { via: 'script' } : { via: 'script', url };
    if (write.storage === 'cookie') {
      const name = cookieNameFromAssignment(write.text);
      if (name !== undefined) writes.push({ storage: 'cookie', name, target: domainAttribute(write.text) ?? hostOf(frameUrl), setter });
    } else if (write.storage === 'localStorage' || write.storage === 'sessionStorage' || write.storage === 'indexedDB') {
      let origin = '';
      try {
        origin = new URL(frameUrl).origin;
      } catch {
        // A frame without a URL writes nowhere we can name.
      }
      writes.push({ storage: write.storage, name: write.text, target: origin, setter });
    }
  });
}

interface FrameStorage {
  origin: string;
  localStorage: string[];
  sessionStorage: string[];
  indexedDB: string[];
}

async function readFrameStorage(page: Page): Promise<FrameStorage[]> {
  const frames = page.frames();
  const results = await Promise.all(
    frames.map((frame) =>
      frame
        .evaluate(async () => {
          const keys = (read: () => Storage): string[] => {
            try {
              return Object.keys(read()).slice(0, 1000);
            } catch {
              return [];
            }
          };
          let databases: string[] = [];
          try {
            databases = (await indexedDB.databases()).map((database) => database.name ?? '').filter((name) => name !== '');
          } catch {
            // IndexedDB can be denied, e.g. to a sandboxed frame.
          }
          return { origin: location.origin, localStorage: keys(() => localStorage), sessionStorage: keys(() => sessionStorage), indexedDB: databases };
        })
        .catch(() => undefined),
    ),
  );
  return results.filter((result): result is FrameStorage => result !== undefined && result.origin !== 'null');
}

async function applyConsent(options: RecordStateOptions, page: Page): Promise<Pick<StateRecording, 'via' | 'consent'> & { visited?: ScannedPage }> {
  if (options.state === 'first-visit') return { via: 'none', consent: null };
  if (options.endpoint !== null) {
    try {
      await page.goto(options.endpoint, { timeout: options.timeoutMs });
    } catch (error) {
      throw navigationError(options.endpoint, error, options.timeoutMs);
    }
    const all = options.state === 'accept';
    const consent = await postChoice(page, options.endpoint, { preferences: all, analytics: all, marketing: all });
    return { via: 'endpoint', consent };
  }
  if (options.state === 'accept' && options.acceptSelector !== undefined) {
    const { page: visited } = await visitPage(page, options.startUrl, options.timeoutMs, true);
    try {
      await page.click(options.acceptSelector, { timeout: options.timeoutMs });
    } catch {
      throw new ScanError('usage', `--accept-selector "${options.acceptSelector}" found nothing to click on ${options.startUrl} within ${String(options.timeoutMs / 1000)} s`);
    }
    await page.waitForLoadState('networkidle', { timeout: options.timeoutMs }).catch(() => undefined);
    return { via: 'selector', consent: { preferences: true, analytics: true, marketing: true }, visited };
  }
  throw new ScanError('usage', `the ${options.state} state needs Kakor's consent endpoint or --accept-selector`);
}

/**
 * Visits the site in one consent state, in a browser of its own: makes the choice, then
 * crawls same-origin links breadth first up to `maxPages`, recording after each page every
 * cookie, storage key and IndexedDB database present, and every write with who made it.
 */
export async function recordState(options: RecordStateOptions): Promise<StateRecording> {
  const context = await options.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const writes: RecordedWrite[] = [];
  const pendingHeaders: Promise<void>[] = [];
  const cookies = new Map<string, RecordedCookie>();
  const storage = new Map<string, RecordedStorageItem>();
  const pages: ScannedPage[] = [];
  try {
    await listenForWrites(context, writes, pendingHeaders);
    await context.addInitScript(recordWritesInitScript, writeBindingName);
    const page = await context.newPage();
    const { via, consent } = await applyConsent(options, page);
    let origin = new URL(options.startUrl).origin;
    const queue = [crawlableUrl(options.startUrl, origin) ?? options.startUrl];
    const queued = new Set(queue);
    while (queue.length > 0 && pages.length < options.maxPages) {
      const url = queue.shift() ?? '';
      options.onPage?.(options.state, pages.length, url);
      const visit = await visitPage(page, url, options.timeoutMs, pages.length === 0);
      pages.push(visit.page);
      if (!visit.loaded) continue;
      const shownUrl = page.url();
      // The start page may redirect (http to https, a bare domain to www): crawl where it landed.
      if (pages.length === 1) origin = new URL(shownUrl).origin;
      for (const cookie of await context.cookies()) {
        const key = `${cookie.name}\u0000${cookie.domain}\u0000${cookie.path}`;
        if (!cookies.has(key)) cookies.set(key, { ...cookie, firstSeenOn: shownUrl });
      }
      for (const frame of await readFrameStorage(page)) {
        for (const kind of ['localStorage', 'sessionStorage', 'indexedDB'] as const) {
          for (const name of frame[kind]) {
            const key = `${kind}\u0000${frame.origin}\u0000${name}`;
            if (!storage.has(key)) storage.set(key, { storage: kind, name, origin: frame.origin, firstSeenOn: shownUrl });
          }
        }
      }
      for (const link of await sameOriginLinks(page, origin)) {
        if (queued.has(link)) continue;
        queued.add(link);
        queue.push(link);
      }
    }
    await Promise.all(pendingHeaders);
    return { state: options.state, via, consent, pages, cookies: [...cookies.values()], storage: [...storage.values()], writes };
  } finally {
    await context.close().catch(() => undefined);
  }
}
