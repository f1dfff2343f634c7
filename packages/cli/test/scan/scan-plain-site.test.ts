// kakor scan in Debian's Chromium against a site without Kakor: first visit, and accept by
// clicking the banner's button with --accept-selector.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanReport } from '../../src';
import { kakor } from '../run-kakor';
import { plainSite, type RunningServer } from './fixture-sites';

const browser = process.env.KAKOR_CHROMIUM ?? '/usr/bin/chromium';
let site: RunningServer;
let origin: string;
let cli: { code: number; stdout: string; stderr: string };
let report: ScanReport;

beforeAll(async () => {
  site = await plainSite();
  origin = `http://127.0.0.1:${String(site.port)}`;
  cli = await kakor(['scan', `${origin}/`, '--accept-selector', '#accept', '--pages', '2', '--timeout', '10', '--format', 'json', '--fail-on', 'undeclared', '--browser', browser]);
  report = JSON.parse(cli.stdout) as ScanReport;
}, 100_000);

afterAll(async () => {
  await site?.close();
});

const names = (state: string) => (report.states.find((s) => s.state === state)?.items ?? []).map((item) => item.name).sort();

describe('kakor scan on a site without Kakor', () => {
  it('visits the first visit, accepts by clicking the banner, and skips reject with the reason', () => {
    expect(report.kakorEndpoint).toBeNull();
    expect(report.states.map((s) => [s.state, s.via])).toEqual([
      ['first-visit', 'none'],
      ['accept', 'selector'],
    ]);
    expect(report.skippedStates).toEqual([{ state: 'reject', reason: "the site does not answer on Kakor's consent endpoint, so there is no way to reject all" }]);
  });

  it('records what each state stores, with the setters', () => {
    expect(names('first-visit')).toEqual(['_ga']);
    expect(names('accept')).toEqual(['_fbp', '_ga', 'choice']);
    const accept = report.states[1]?.items ?? [];
    expect(accept.find((item) => item.name === '_fbp')?.setBy).toEqual([{ via: 'script', url: `${origin}/pixel.js` }]);
    expect(accept.find((item) => item.name === 'choice')?.setBy).toEqual([{ via: 'script', url: `${origin}/banner.js` }]);
    expect(report.states[0]?.items[0]?.setBy).toEqual([{ via: 'script', url: `${origin}/` }]);
  });

  it('judges consent by the catalog without a site file, and exits 0 when --fail-on names nothing found', () => {
    expect(report.findings.map((f) => [f.kind, f.state, f.name])).toEqual([['violation', 'first-visit', '_ga']]);
    expect(report.unknown.map((u) => u.name)).toEqual(['choice']);
    expect(cli.code).toBe(0);
  });
});
