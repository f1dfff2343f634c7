import { PGlite } from '@electric-sql/pglite';
import { createConsentLog, type ConsentLog, type ConsentLogOptions } from '../src';
import { freshPostgresDatabase, queryDirect } from './helpers';

/** A database the same tests run against: PGlite in memory, or a fresh database on the real test cluster. */
export interface Backend {
  readonly name: string;
  /** A log on this backend's database. */
  readonly open: (options?: Omit<ConsentLogOptions, 'database'>) => ConsentLog;
  /** Runs SQL directly, bypassing the log. */
  readonly sql: <Row>(statement: string, params?: unknown[]) => Promise<Row[]>;
  readonly dispose: () => Promise<void>;
}

export async function pgliteBackend(): Promise<Backend> {
  const db = await PGlite.create();
  return {
    name: 'PGlite',
    open: (options = {}) => createConsentLog({ ...options, database: db }),
    sql: async <Row>(statement: string, params: unknown[] = []) => (await db.query<Row>(statement, params)).rows,
    dispose: () => db.close(),
  };
}

export async function postgresBackend(): Promise<Backend> {
  const url = await freshPostgresDatabase();
  return {
    name: 'PostgreSQL',
    open: (options = {}) => createConsentLog({ ...options, database: url }),
    sql: (statement, params = []) => queryDirect(url, statement, params),
    dispose: async () => undefined,
  };
}

export const backends = [
  ['PGlite', pgliteBackend],
  ['PostgreSQL', postgresBackend],
] as const;
