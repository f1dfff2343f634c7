import { createServer } from 'node:net';
import { googleAnalytics } from '@kakor/catalog';
import { createConsentState, defineSite } from '@kakor/consent';
import { createConsentLog } from '@kakor/records';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../../../test-utils/postgres.mjs';
import { kakor } from './run-kakor';

const site = defineSite({ processors: [googleAnalytics] });
let postgres: PostgresServer;
const ids: string[] = [];

beforeAll(async () => {
  postgres = await startPostgres();
  const log = createConsentLog({ database: postgres.url, site });
  for (let i = 0; i < 3; i++) {
    const state = createConsentState(site, { categories: { analytics: i % 2 === 0 }, source: 'banner' });
    await log.record({ ...state, givenAt: new Date(state.givenAt), expiresAt: new Date(state.expiresAt), userAgent: i === 0 ? '=cmd|"/c calc"!A1' : 'agent' });
    ids.push(state.id);
  }
  await log.close();
  // A consent given and lapsed years ago: inserting old rows directly is how an archive would look.
  await postgres.sql(`INSERT INTO kakor_consent_records (consent_id, recorded_at, given_at, expires_at, categories, processors, site_fingerprint, gpc, source)
    VALUES ('old-consent', '2020-01-01Z', '2020-01-01Z', '2021-01-01Z', '{"preferences":false,"analytics":true,"marketing":false}', '{}', 'f', false, 'banner')`);
}, 180_000);
afterAll(async () => {
  await postgres.remove();
});

describe('kakor records export', () => {
  it('streams JSON Lines, oldest first', async () => {
    const { code, stdout, stderr } = await kakor(['records', 'export', '--database', postgres.url, '--no-progress']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const rows = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { consentId: string });
    expect(rows.map((row) => row.consentId)).toEqual([...ids, 'old-consent']);
  });

  it('writes CSV from a date, with progress on stderr when asked', async () => {
    const { code, stdout, stderr } = await kakor(['records', 'export', '--database', postgres.url, '--format', 'csv', '--since', '2024-01-01', '--progress']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^seq,consent_id,recorded_at,/);
    expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual(ids);
    expect(lines[1]).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(stderr).toContain('exported 3 rows.');
  });

  it('refuses a bad date and names an unreachable database, without the password', async () => {
    const bad = await kakor(['records', 'export', '--database', postgres.url, '--since', 'last tuesday']);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toContain('--since must be a date such as 2026-01-31');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    const down = await kakor(['records', 'export', '--database', `postgres://kakor:hunter2@127.0.0.1:${String(port)}/x`]);
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/kakor records export: could not open the consent log: cannot reach the database at postgres:\/\/kakor:\*\*\*@127\.0\.0\.1/);
    expect(down.stderr).not.toContain('hunter2');
    const typo = await kakor(['records', 'export', '--database', './no-such-consent-log']);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('no consent log at ./no-such-consent-log: pass a postgres:// URL');
  });
});

describe('kakor records purge', () => {
  it('removes rows past the retention period and keeps consents in force', async () => {
    const { code, stdout } = await kakor(['records', 'purge', '--database', postgres.url, '--older-than', 'P3Y', '--no-progress']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^removed 1 rows recorded before \d{4}-.*; consents still in force were kept\n$/);
    expect(await postgres.sql('SELECT consent_id FROM kakor_consent_records ORDER BY seq')).toBe(ids.join('\n'));
    const bad = await kakor(['records', 'purge', '--database', postgres.url, '--older-than', '3 years']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('olderThan must be an ISO 8601 duration such as P3Y');
  });
});
