import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Classification } from '../src';
import { catalogFixtures as fixtures, kakor as run, repoRoot } from './run-kakor';

const kakor = (...argv: string[]) => run(argv);

describe('kakor classify', () => {
  it('names the vendor and category of the cookies in the acceptance list', async () => {
    const { code, stdout } = await kakor('classify', '--json', '_pk_id.8506966f-4802-4f59-9092-421623856f55', '_fbp', '__stripe_mid', '__cf_bm', 'fr', '_gcl_au', '_lfa', 'hs_ab_test');
    expect(code).toBe(0);
    const results = JSON.parse(stdout) as Classification[];
    expect(results.map((r) => [r.name.slice(0, 6), r.known, r.processor, r.category])).toEqual([
      ['_pk_id', true, 'matomo', 'analytics'],
      ['_fbp', true, 'meta', 'marketing'],
      ['__stri', true, 'stripe', 'necessary'],
      ['__cf_b', true, 'cloudflare', 'necessary'],
      ['fr', true, 'meta', 'marketing'],
      ['_gcl_a', true, 'google-ads', 'marketing'],
      ['_lfa', true, 'leadfeeder', 'marketing'],
      ['hs_ab_', true, 'hubspot', 'necessary'],
    ]);
    expect(results[0]).toMatchObject({ duration: 'P13M', party: 'first', storage: 'cookie', pattern: '_pk_id.*', alsoSetBy: ['piwik-pro'] });
  });

  it('prints a table with unknown names marked', async () => {
    const { code, stdout } = await kakor('classify', '_ga', 'no_such_cookie');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^NAME\s+PROVIDER\s+CATEGORY\s+DURATION\s+PARTY\s+STORAGE/);
    expect(stdout).toMatch(/_ga\s+Google Analytics 4\s+analytics\s+2 years\s+first\s+cookie/);
    expect(stdout).toMatch(/no_such_cookie\s+unknown/);
    expect(stdout).toContain('1 of 2 known');
  });

  it('reads the names of a Cookie header', async () => {
    const { stdout } = await kakor('classify', '--json', '--cookie-header', '_fbp=fb.1.2.3; io=abc; theme=dark; =broken; ;;');
    const results = JSON.parse(stdout) as Classification[];
    expect(results.map((r) => [r.name, r.processor])).toEqual([
      ['_fbp', 'meta'],
      ['io', 'socket-io'],
      ['theme', null],
    ]);
  });

  it('handles empty, 10 kB and odd unicode names without failing', async () => {
    const long = 'x'.repeat(10_240);
    const { code, stdout, stderr } = await kakor('classify', '', long, '🍪\u0000\u202e', '_fbp');
    expect(code).toBe(0);
    expect(stderr).toContain('skipped 1 empty name');
    expect(stdout).toContain('(10240 chars)');
    expect(stdout).not.toContain(long);
    expect(stdout).toContain('1 of 3 known');
  });

  it('matches domain-bound cookies with --domain, and names the domains it knows them on without', async () => {
    const bound = await kakor('classify', '--json', '--domain', 'ad.doubleclick.net', 'IDE', '_fbp', 'SID');
    expect((JSON.parse(bound.stdout) as Classification[]).map((r) => [r.name, r.processor, r.domain])).toEqual([
      ['IDE', 'google-ads', '.doubleclick.net'],
      ['_fbp', 'meta', null],
      ['SID', null, null],
    ]);
    const elsewhere = await kakor('classify', '--json', '--domain', 'shop.example', 'IDE');
    expect((JSON.parse(elsewhere.stdout) as Classification[])[0]).toMatchObject({ known: false, knownOn: [] });
    // SID is generic: without a domain it is never Google's, and the table says where it is known.
    const text = await kakor('classify', 'SID', 'IDE');
    expect(text.stdout).toMatch(/SID\s+unknown/);
    expect(text.stdout).toMatch(/IDE\s+Google Ads\s+marketing/);
    expect(text.stdout).toContain('SID  known only on .google.com: pass --domain to classify it there');
    const google = await kakor('classify', '--domain', '.google.com', 'SID');
    expect(google.stdout).toMatch(/SID\s+Google\s+/);
  });

  it('refuses a --domain that is not a domain', async () => {
    const { code, stderr } = await kakor('classify', '--domain', 'https://x.example/', 'IDE');
    expect(code).toBe(2);
    expect(stderr).toContain('--domain takes the domain the cookies were set on');
  });

  it('asks for names when there are none', async () => {
    const { code, stderr } = await kakor('classify');
    expect(code).toBe(2);
    expect(stderr).toContain('no names to classify');
  });

  it('says which other entries set a shared item, in the table and in JSON', async () => {
    const shared = join(fixtures, 'valid-shared');
    const text = await kakor('classify', '--catalog', shared, '_acme_id.8506966f', '_acme_ses', '_acme_fork_opt_out');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/_acme_id\.8506966f\s+Acme Fork\s+analytics/);
    expect(text.stdout).toContain('_acme_id.8506966f  also set by: Acme Origin\n_acme_ses          also set by: Acme Origin\n3 of 3 known');
    const json = await kakor('classify', '--json', '--catalog', shared, '_acme_id.8506966f', '_acme_fork_opt_out', 'nope');
    const results = JSON.parse(json.stdout) as Classification[];
    expect(results.map((r) => [r.processor, r.alsoSetBy])).toEqual([
      ['acme-fork', ['acme-origin']],
      ['acme-fork', []],
      [null, []],
    ]);
  });

  it('classifies against a catalog folder, and refuses one with errors', async () => {
    const ok = await kakor('classify', '--json', '--catalog', join(fixtures, 'valid'), '_acme_x');
    expect((JSON.parse(ok.stdout) as Classification[])[0]?.processor).toBe('acme-analytics');
    const bad = await kakor('classify', '--catalog', join(fixtures, 'bad/bad-duration'), '_acme_x');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('has errors');
  });
});

describe('kakor validate', () => {
  it('passes the real catalog', async () => {
    const { code, stdout } = await kakor('validate');
    expect(code).toBe(0);
    expect(stdout).toMatch(/✔ \d+ files, \d+ valid entries, \d+ cookie and storage items; 0 error\(s\)/);
    expect(stdout).toMatch(/\ntranslated purposes and descriptions: sv \d+% \(\d+\/\d+\), nb \d+% \(\d+\/\d+\)\nvalidated in \d+\.\d\d s\n$/);
    expect(stdout).toMatch(/\nconfirmed from the vendors' own material: \d+% of \d+ facts/);
  });

  it('reports the confirmed share of facts per entry and in total with --report', async () => {
    const text = await kakor('validate', '--report');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^ENTRY\s+CONFIRMED\s+FACTS\s+TO CHECK$/m);
    expect(text.stdout).toMatch(/^stripe\s+100%\s+(\d+)\/\1\s+0$/m);
    expect(text.stdout).toMatch(/^akamai\s+\d+%\s+\d+\/\d+\s+1[0-9]$/m);
    const json = JSON.parse((await kakor('validate', '--json', '--report')).stdout) as { provenance: { confirmed: number; facts: number; entries: { id: string; confirmed: number; facts: number }[] } };
    const { provenance } = json;
    expect(provenance.entries.reduce((sum, row) => sum + row.facts, 0)).toBe(provenance.facts);
    expect(provenance.entries.reduce((sum, row) => sum + row.confirmed, 0)).toBe(provenance.confirmed);
    expect(provenance.confirmed).toBeLessThan(provenance.facts);
  });

  it('counts the purposes and descriptions that have Swedish and Norwegian texts', async () => {
    // valid-shared: 6 purposes and 2 descriptions; 3 of them in Swedish, 2 in Norwegian.
    const text = await kakor('validate', join(fixtures, 'valid-shared'));
    expect(text.stdout).toContain('translated purposes and descriptions: sv 37% (3/8), nb 25% (2/8)');
    const json = await kakor('validate', '--json', join(fixtures, 'valid-shared'));
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: true,
      files: 2,
      entries: 2,
      items: 6,
      translations: { sv: { translated: 3, total: 8 }, nb: { translated: 2, total: 8 } },
      problems: [],
    });
  });

  it('prints every problem as file:line:column field: message and exits 1', async () => {
    const { code, stderr } = await kakor('validate', join(fixtures, 'bad/duplicate-name'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/packages\/catalog\/test\/fixtures\/bad\/duplicate-name\/second\.yaml:13:11 cookies\[0\]\.name: the cookie name "shared_name" is already claimed/);
  });

  it('gives JSON to programs', async () => {
    const { code, stdout } = await kakor('validate', '--json', join(fixtures, 'bad/bad-duration'));
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { ok: boolean; problems: { line: number; path: string }[] };
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ line: 15, path: 'cookies[0].duration' });
  });

  it('says so when the folder does not exist', async () => {
    const { code, stderr } = await kakor('validate', 'no/such/folder');
    expect(code).toBe(2);
    expect(stderr).toContain('no catalog folder at no/such/folder');
  });
});

it('exits 2 with help on an unknown command', async () => {
  const { code, stderr } = await kakor('clasify', '_ga');
  expect(code).toBe(2);
  expect(stderr).toContain("unknown command 'clasify'");
});

it('runs as the built `kakor` binary', async () => {
  const bin = join(repoRoot, 'packages/cli/dist/bin.js');
  expect(existsSync(bin), 'packages/cli/dist is missing: run `pnpm build` first').toBe(true);
  const { stdout } = await promisify(execFile)(process.execPath, [bin, 'classify', '--json', '__stripe_sid'], { cwd: repoRoot });
  expect((JSON.parse(stdout) as Classification[])[0]).toMatchObject({ processor: 'stripe', category: 'necessary', duration: 'PT30M' });
});
