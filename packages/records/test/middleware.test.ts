import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { consentFetchHandler, consentMiddleware } from '@kakor/node';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsentLog, policyHash, type ConsentLog } from '../src';
import { startPostgres, type PostgresServer } from '../../../test-utils/postgres.mjs';
import { queryDirect, site } from './helpers';

const secret = 'a-long-random-test-secret';
const choice = { categories: { analytics: true, marketing: false } };

async function listen(app: express.Express): Promise<{ base: string; server: Server }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  return { base: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`, server };
}

const postConsent = (base: string) =>
  fetch(`${base}/kakor/consent`, { method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': 'records-test', origin: base }, body: JSON.stringify(choice) });

describe('@kakor/node with the consent log on a real PostgreSQL server', () => {
  // Its own cluster: this test stops it mid-run.
  let postgres: PostgresServer;
  let log: ConsentLog;
  let base: string;
  let server: Server;
  const events: string[] = [];

  beforeAll(async () => {
    postgres = await startPostgres();
    log = createConsentLog({ database: postgres.url, site });
    const app = express();
    app.use((_req, res, next) => {
      const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => express.Response;
      // Notes the moment headers (and so the consent cookie) go out.
      res.writeHead = ((...args: unknown[]) => {
        // The endpoint hands its cookies to writeHead itself; other responses set them before.
        const inArgs = (args.find((arg) => arg !== null && typeof arg === 'object' && !Array.isArray(arg)) as Record<string, unknown> | undefined)?.['set-cookie'];
        events.push(`headers ${String(inArgs ?? res.getHeader('set-cookie') ?? '')}`);
        return writeHead(...args);
      }) as typeof res.writeHead;
      next();
    });
    app.use(
      consentMiddleware(site, {
        secret,
        onConsent: async (record) => {
          await log.record(record);
          events.push(`recorded ${record.id}`);
        },
      }),
    );
    ({ base, server } = await listen(app));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await log.close();
    await postgres.remove();
  });

  it('commits the consent before its cookie is set', async () => {
    events.length = 0;
    const response = await postConsent(base);
    expect(response.status).toBe(200);
    const { state } = (await response.json()) as { state: { id: string } };
    expect(response.headers.getSetCookie()[0]).toMatch(new RegExp(`^kakor_consent=1\\.${state.id}\\.`));
    expect(events).toHaveLength(2);
    expect(events[0]).toBe(`recorded ${state.id}`);
    expect(events[1]).toMatch(new RegExp(`^headers kakor_consent=1\\.${state.id}\\.`));
    const rows = await queryDirect<{ consent_id: string; user_agent: string; policy_hash: string }>(postgres.url, 'SELECT consent_id, user_agent, policy_hash FROM kakor_consent_records');
    expect(rows).toEqual([{ consent_id: state.id, user_agent: 'records-test', policy_hash: policyHash(site, 'en') }]);
  });

  it('answers 500 and sets no cookie while the database is down, and records again once it is back', async () => {
    await postgres.stop();
    try {
      for (let attempt = 0; attempt < 3; attempt++) {
        const response = await postConsent(base);
        expect(response.status).toBe(500);
        expect(response.headers.getSetCookie()).toEqual([]);
        expect(await response.json()).toEqual({ error: 'the consent could not be recorded; nothing was changed' });
      }
    } finally {
      await postgres.start();
    }
    const response = await postConsent(base);
    expect(response.status).toBe(200);
    const { state } = (await response.json()) as { state: { id: string } };
    const rows = await queryDirect<{ consent_id: string }>(postgres.url, 'SELECT consent_id FROM kakor_consent_records ORDER BY seq');
    expect(rows).toHaveLength(2);
    expect(rows[1]?.consent_id).toBe(state.id);
  });

  it('plugs into the Fetch API handler the same way', async () => {
    const handler = consentFetchHandler(site, () => new Response('page'), { secret, onConsent: log.record });
    const response = await handler(new Request('http://127.0.0.1/kakor/consent', { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://127.0.0.1' }, body: JSON.stringify(choice) }));
    expect(response.status).toBe(200);
    const { state } = (await response.json()) as { state: { id: string } };
    expect((await log.find(state.id)).map((row) => row.categories)).toEqual([{ preferences: false, analytics: true, marketing: false }]);
  });

  it('stores the locale the visitor was shown and the hash of the policy rows in that locale', async () => {
    const handler = consentFetchHandler(site, () => new Response('page'), { secret, onConsent: log.record, locales: ['sv', 'en', 'nb'] });
    const post = (body: unknown, acceptLanguage?: string) =>
      handler(
        new Request('http://127.0.0.1/kakor/consent', {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: 'http://127.0.0.1', ...(acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage }) },
          body: JSON.stringify(body),
        }),
      );
    const stored = async (response: Response) => {
      expect(response.status).toBe(200);
      const { state } = (await response.json()) as { state: { id: string } };
      const [row] = await log.find(state.id);
      return { locale: row?.locale, policyHash: row?.policyHash };
    };
    expect(await stored(await post({ ...choice, locale: 'nb-NO' }, 'en'))).toEqual({ locale: 'nb', policyHash: policyHash(site, 'nb') });
    expect(await stored(await post(choice, 'en-GB,en;q=0.9'))).toEqual({ locale: 'en', policyHash: policyHash(site, 'en') });
    expect(await stored(await post(choice))).toEqual({ locale: 'sv', policyHash: policyHash(site, 'sv') });
    // The three policies differ: the hash says which text the visitor read.
    expect(new Set(['en', 'sv', 'nb'].map((locale) => policyHash(site, locale))).size).toBe(3);
  });
});
