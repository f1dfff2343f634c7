// `kakor scan` against the demo shop in Debian's Chromium: each consent state stores exactly
// the cookies the demo's own browser tests expect, and nothing is present without consent.
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { scanSite, type ScanReport } from '@kakor/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoApp } from '../server/app';
import { site } from '../src/site';

const demoDir = join(import.meta.dirname, '..');
const browser = process.env.KAKOR_CHROMIUM ?? '/usr/bin/chromium';
let server: Server;
let origin = '';
let report: ScanReport;

beforeAll(async () => {
  expect(existsSync(join(demoDir, 'dist/index.html')), 'examples/demo/dist is missing: run `pnpm build` first').toBe(true);
  server = createDemoApp({ secret: 'demo-scan-secret-0123456789' }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  report = await scanSite({ url: `${origin}/`, site, browser, pages: 4, timeoutSeconds: 15 });
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

const cookies = (state: string) =>
  (report.states.find((s) => s.state === state)?.items ?? [])
    .filter((item) => item.storage === 'cookie')
    .map((item) => item.name)
    .sort();

describe('kakor scan on the demo shop', () => {
  it('visits every state through the endpoint and crawls the shop’s pages', () => {
    expect(report.kakorEndpoint).toBe(`${origin}/kakor/consent`);
    expect(report.states.map((s) => s.via)).toEqual(['none', 'endpoint', 'endpoint']);
    for (const state of report.states) expect(state.pages.length).toBeGreaterThan(1);
  });

  it('lists exactly the cookies the demo’s browser tests expect in each state', () => {
    expect(cookies('first-visit')).toEqual(['demo_session']);
    expect(cookies('reject')).toEqual(['demo_session', 'kakor_consent']);
    expect(cookies('accept')).toEqual(['_fbc', '_fbp', '_ga', '_ga_DEMO1234', '_gid', 'demo_session', 'kakor_consent']);
  });

  it('finds nothing undeclared and nothing present without consent', () => {
    expect(report.findings.filter((f) => f.kind !== 'not-seen')).toEqual([]);
    const gid = report.states[2]?.items.find((item) => item.name === '_gid');
    expect(gid).toMatchObject({ httpOnly: true, classification: { known: true, entry: 'google-analytics', declared: true }, setBy: [{ via: 'set-cookie', url: `${origin}/api/visit` }] });
  });
});
