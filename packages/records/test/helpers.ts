import { randomBytes } from 'node:crypto';
import { googleAnalytics, meta, stripe } from '@kakor/catalog';
import { consentRecordOf, createConsentState, defineSite, type ConsentChoice } from '@kakor/consent';
import pg from 'pg';
import { inject } from 'vitest';
import type { ConsentEntry } from '../src';

export const site = defineSite({ processors: [googleAnalytics, meta, stripe] });

/** A consent as @kakor/node hands it to onConsent. */
export function consentEntry(choice: ConsentChoice = { categories: { analytics: true }, source: 'banner' }, extra: Partial<ConsentEntry> = {}): ConsentEntry {
  const state = createConsentState(site, choice);
  return { ...consentRecordOf(state, { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Test' }), ...extra };
}

/** A fresh, empty database on the shared test cluster; its URL. */
export async function freshPostgresDatabase(): Promise<string> {
  const adminUrl = inject('postgresUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one query on a database, outside the log, to check what is really stored. */
export async function queryDirect<Row>(url: string, sql: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as Row[];
  } finally {
    await client.end();
  }
}
