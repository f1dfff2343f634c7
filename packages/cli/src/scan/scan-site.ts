import { resolve } from 'node:path';
import { catalog, createMatcher, type CatalogEntry } from '@kakor/catalog';
import { siteMatcher, type Site } from '@kakor/consent';
import { loadSiteFile, SiteFileError } from '../policy/site-file';
import { classifyItem } from './classify-item';
import { defaultEndpointPath, detectKakorEndpoint } from './consent-endpoint';
import { findBrowser } from './find-browser';
import { probeStartPage } from './probe-start-page';
import { launchScanBrowser, type ScanBrowser } from './launch-browser';
import { partyOf, siteDomainOf } from './party';
import { recordState, type RecordedWrite, type StateRecording } from './record-state';
import type { ScannedItem, ScannedStorage, ScanReport, ScanStateName, Setter, SkippedState, StateReport, UnknownItem } from './scan-report';
import { ScanError } from './scan-error';
import { siteFindings } from './site-findings';

declare const __KAKOR_CLI_VERSION__: string | undefined;

/** The states a scan visits unless told otherwise, in order. */
export const allScanStates: readonly ScanStateName[] = ['first-visit', 'reject', 'accept'];

/** What {@link scanSite} is asked to do. */
export interface ScanOptions {
  /** The start URL (http or https). */
  readonly url: string;
  /** The site definition to compare with: a file (JSON, YAML or a module, as `kakor policy --site` takes) or the result of `defineSite`. */
  readonly site?: string | Site;
  /** The folder a relative `site` path is read from; the process's by default. */
  readonly cwd?: string;
  /** The states to visit; all three by default. */
  readonly states?: readonly ScanStateName[];
  /** How many pages to visit per state; 10 by default. */
  readonly pages?: number;
  /** How long each page may take to load and go idle, in seconds; 15 by default. */
  readonly timeoutSeconds?: number;
  /** The Chromium or Chrome executable; found as {@link findBrowser} does by default. */
  readonly browser?: string;
  /** A CSS selector of the banner's accept button, for sites without Kakor's endpoint. */
  readonly acceptSelector?: string;
  /** Where Kakor's consent endpoint is looked for; `/kakor/consent` by default. */
  readonly endpointPath?: string;
  /** Told before each page, e.g. for a progress spinner. */
  readonly onPage?: (state: ScanStateName, index: number, url: string) => void;
}

function checkUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ScanError('usage', `"${url}" is not a URL; give one such as https://example.com/`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new ScanError('usage', `"${url}" is not an http or https URL`);
  return parsed;
}

const cookieTargets = (domain: string, target: string): boolean => {
  const bare = domain.replace(/^\./, '');
  return target === bare || target.endsWith(`.${bare}`);
};

function settersOf(writes: readonly RecordedWrite[], storage: ScannedStorage, name: string, matchesTarget: (target: string) => boolean): Setter[] {
  const setters = new Map<string, Setter>();
  for (const write of writes) {
    if (write.storage !== storage || write.name !== name || !matchesTarget(write.target)) continue;
    setters.set(`${write.setter.via} ${write.setter.url ?? ''}`, write.setter);
  }
  return [...setters.values()];
}

function stateReport(recording: StateRecording, siteDomain: string, site: Site | undefined, kakorConsentCookie: string | undefined): StateReport {
  const matcher = createMatcher<CatalogEntry>(catalog);
  const declared = (name: string, storage: ScannedStorage) => (site ? { declared: siteMatcher(site).match(name, { storage }) !== undefined } : {});
  const categoryOf = (name: string, storage: ScannedStorage) => (site ? siteMatcher(site).match(name, { storage })?.cookie.category : undefined);
  const classification = (name: string, storage: ScannedStorage, party: 'first' | 'third', domain: string): ScannedItem['classification'] => {
    // Kakor's own consent cookie, on a site that runs its endpoint: necessary, and no lead for the catalog.
    if (name === kakorConsentCookie && storage === 'cookie') return { known: false, entryName: 'Kakor (consent cookie)', category: 'necessary', ...declared(name, storage) };
    const fromCatalog = classifyItem(matcher, name, storage, party, domain);
    const category = categoryOf(name, storage) ?? fromCatalog.category;
    return { ...fromCatalog, ...(category && { category }), ...declared(name, storage) };
  };
  const cookies = recording.cookies.map((cookie): ScannedItem => {
    const party = partyOf(cookie.domain, siteDomain);
    return {
      storage: 'cookie',
      name: cookie.name,
      domain: cookie.domain,
      path: cookie.path,
      expires: cookie.expires < 0 ? null : new Date(cookie.expires * 1000).toISOString(),
      httpOnly: cookie.httpOnly,
      secure: cookie.secure,
      sameSite: cookie.sameSite,
      party,
      firstSeenOn: cookie.firstSeenOn,
      setBy: settersOf(recording.writes, 'cookie', cookie.name, (target) => cookieTargets(cookie.domain, target)),
      classification: classification(cookie.name, 'cookie', party, cookie.domain),
    };
  });
  const storage = recording.storage.map((item): ScannedItem => {
    const host = new URL(item.origin).hostname;
    const party = partyOf(host, siteDomain);
    return {
      storage: item.storage,
      name: item.name,
      domain: host,
      origin: item.origin,
      party,
      firstSeenOn: item.firstSeenOn,
      setBy: settersOf(recording.writes, item.storage, item.name, (target) => target === item.origin),
      classification: classification(item.name, item.storage, party, host),
    };
  });
  const byName = (a: ScannedItem, b: ScannedItem) => a.name.localeCompare(b.name) || a.domain.localeCompare(b.domain);
  return { state: recording.state, via: recording.via, consent: recording.consent, pages: recording.pages, items: [...cookies.sort(byName), ...storage.sort(byName)] };
}

function unknownItems(states: readonly StateReport[], kakorConsentCookie: string | undefined): UnknownItem[] {
  const unknown = new Map<string, { name: string; storage: ScannedStorage; domain: string; setBy: Map<string, Setter>; states: ScanStateName[] }>();
  for (const report of states) {
    for (const item of report.items) {
      if (item.classification.known || (item.name === kakorConsentCookie && item.storage === 'cookie')) continue;
      const key = `${item.storage}\u0000${item.domain}\u0000${item.name}`;
      const entry = unknown.get(key) ?? { name: item.name, storage: item.storage, domain: item.domain, setBy: new Map<string, Setter>(), states: [] };
      for (const setter of item.setBy) entry.setBy.set(`${setter.via} ${setter.url ?? ''}`, setter);
      if (!entry.states.includes(report.state)) entry.states.push(report.state);
      unknown.set(key, entry);
    }
  }
  return [...unknown.values()].map((entry) => ({ ...entry, setBy: [...entry.setBy.values()] }));
}

async function loadSite(options: ScanOptions): Promise<Site | undefined> {
  if (options.site === undefined || typeof options.site !== 'string') return options.site;
  try {
    return (await loadSiteFile(resolve(options.cwd ?? process.cwd(), options.site), options.site)).site;
  } catch (error) {
    if (error instanceof SiteFileError) throw new ScanError('usage', error.message);
    throw error;
  }
}

/**
 * Scans a site in a real Chromium, in each consent state: records every cookie, storage key
 * and IndexedDB database with who set it, classifies them with the catalog and compares them
 * with the site definition. Throws a {@link ScanError} when the scan cannot run.
 *
 * @example
 * const report = await scanSite({ url: 'http://127.0.0.1:3000/', site: 'site.json' });
 * report.findings.filter((finding) => finding.kind === 'violation');
 */
export async function scanSite(options: ScanOptions): Promise<ScanReport> {
  const startedAt = new Date().toISOString();
  const start = checkUrl(options.url);
  const pages = options.pages ?? 10;
  if (!Number.isInteger(pages) || pages < 1) throw new ScanError('usage', `--pages must be a whole number of at least 1, received ${String(options.pages)}`);
  const timeoutSeconds = options.timeoutSeconds ?? 15;
  if (!(timeoutSeconds > 0)) throw new ScanError('usage', `--timeout must be a positive number of seconds, received ${String(options.timeoutSeconds)}`);
  const timeoutMs = Math.round(timeoutSeconds * 1000);
  const site = await loadSite(options);
  const executablePath = findBrowser(options.browser === undefined ? {} : { browser: options.browser });
  await probeStartPage(start.href, timeoutMs);
  const endpoint = await detectKakorEndpoint(start.origin, options.endpointPath ?? defaultEndpointPath, timeoutMs);
  const siteDomain = siteDomainOf(start.hostname);
  const kakorConsentCookie = endpoint === null ? undefined : (site?.consentCookieName ?? 'kakor_consent');

  const states: StateReport[] = [];
  const skippedStates: SkippedState[] = [];
  const wanted = options.states ?? allScanStates;
  const visitable = wanted.filter((state) => state === 'first-visit' || endpoint !== null || (state === 'accept' && options.acceptSelector !== undefined));
  const scanBrowser = visitable.length === 0 ? undefined : await launchScanBrowser(executablePath, timeoutMs);
  try {
  for (const state of wanted) {
    if (state !== 'first-visit' && endpoint === null && !(state === 'accept' && options.acceptSelector !== undefined)) {
      skippedStates.push({
        state,
        reason: state === 'accept' ? "the site does not answer on Kakor's consent endpoint; give --accept-selector with the banner's accept button" : "the site does not answer on Kakor's consent endpoint, so there is no way to reject all",
      });
      continue;
    }
    const recording = await recordState({
      browser: (scanBrowser as ScanBrowser).browser,
      startUrl: start.href,
      state,
      endpoint,
      ...(options.acceptSelector !== undefined && { acceptSelector: options.acceptSelector }),
      maxPages: pages,
      timeoutMs,
      ...(options.onPage && { onPage: options.onPage }),
    });
    states.push(stateReport(recording, siteDomain, site, kakorConsentCookie));
  }
  } finally {
    await scanBrowser?.close();
  }
  return {
    schemaVersion: 1,
    tool: { name: 'kakor', version: typeof __KAKOR_CLI_VERSION__ === 'string' ? __KAKOR_CLI_VERSION__ : '0.0.0' },
    url: start.href,
    siteDomain,
    startedAt,
    finishedAt: new Date().toISOString(),
    kakorEndpoint: endpoint,
    siteFile: options.site === undefined ? null : typeof options.site === 'string' ? options.site : '(a site definition given in code)',
    states,
    skippedStates,
    findings: siteFindings(states, site, { consentCookieExpected: states.some((report) => report.via === 'endpoint') }),
    unknown: unknownItems(states, kakorConsentCookie),
  };
}
