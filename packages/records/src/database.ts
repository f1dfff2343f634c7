import type { PGlite } from '@electric-sql/pglite';
import { ConsentLogError } from './errors';

/** Runs SQL: `query` for one statement with parameters, `exec` for a script. */
export interface SqlSession {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  exec(sql: string): Promise<void>;
}

/** One database, whichever engine: sessions, transactions and closing. */
export interface SqlDatabase extends SqlSession {
  /** Runs `work` inside one transaction on one connection, committing when it resolves. */
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  /** Ends the pool or PGlite instance, if the log opened it. */
  close(): Promise<void>;
  /** Where the data lives, without any password, for error messages. */
  readonly where: string;
}

/** A query's answer, as `pg` and PGlite both give it. */
export interface QueryResultLike<Row = unknown> {
  /** The rows returned. */
  readonly rows: Row[];
}

/** The parts of a `pg` client the log uses. */
export interface PgClientLike {
  /** Runs one statement. */
  query(sql: string, params?: unknown[]): Promise<QueryResultLike>;
  /** Returns the client to its pool; `true` or an error discards it. */
  release(error?: Error | boolean): void;
}

/** The parts of a `pg` `Pool` the log uses, so `pg` stays an optional dependency. */
export interface PgPoolLike {
  /** Runs one statement on any pooled client. */
  query(sql: string, params?: unknown[]): Promise<QueryResultLike>;
  /** Takes a client for a transaction. */
  connect(): Promise<PgClientLike>;
  /** Closes every client. */
  end(): Promise<void>;
}

/** What a PGlite transaction offers the log. */
export interface PGliteTransactionLike {
  /** Runs one statement with parameters. */
  query<Row>(sql: string, params?: unknown[]): Promise<QueryResultLike<Row>>;
  /** Runs a script of statements. */
  exec(sql: string): Promise<unknown>;
}

/** The parts of a PGlite instance the log uses. */
export interface PGliteLike extends PGliteTransactionLike {
  /** Runs `work` in one transaction. */
  transaction<T>(work: (tx: PGliteTransactionLike) => Promise<T>): Promise<T>;
  /** Shuts the database down. */
  close(): Promise<void>;
  /** Settles once the database has started. */
  readonly waitReady: Promise<void>;
}

/**
 * Where consents are kept: a PostgreSQL URL (`postgres://…`) or `pg` `Pool`, a PGlite
 * directory path, `memory://` (the default), or a PGlite instance.
 */
export type DatabaseOption = string | PgPoolLike | PGliteLike;

/** A URL with its password masked, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the given connection string';
  }
}

const isPostgresUrl = (value: string) => /^postgres(ql)?:\/\//i.test(value);
const isPGlite = (value: object): value is PGliteLike => 'waitReady' in value && 'exec' in value;

function pgSession(client: Pick<PgClientLike, 'query'>): SqlSession {
  return {
    query: async <Row>(sql: string, params: readonly unknown[] = []) => (await client.query(sql, [...params])).rows as Row[],
    exec: async (sql) => {
      await client.query(sql);
    },
  };
}

function fromPool(pool: PgPoolLike, where: string, owned: boolean): SqlDatabase {
  return {
    ...pgSession(pool),
    where,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(pgSession(client));
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        client.release(true);
        throw error;
      }
    },
    close: async () => {
      if (owned) await pool.end();
    },
  };
}

function fromPGlite(db: PGliteLike, where: string, owned: boolean): SqlDatabase {
  return {
    query: async <Row>(sql: string, params: readonly unknown[] = []) => (await db.query<Row>(sql, [...params])).rows,
    exec: async (sql) => {
      await db.exec(sql);
    },
    where,
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          query: async <Row>(sql: string, params: readonly unknown[] = []) => (await tx.query<Row>(sql, [...params])).rows,
          exec: async (sql) => {
            await tx.exec(sql);
          },
        }),
      ),
    close: async () => {
      if (owned) await db.close();
    },
  };
}

async function importPg(url: string): Promise<{ Pool: new (config: object) => PgPoolLike & { on(event: 'error', listener: (error: Error) => void): unknown } }> {
  try {
    const module = (await import('pg')) as { default?: unknown; Pool?: unknown };
    return (module.default ?? module) as Awaited<ReturnType<typeof importPg>>;
  } catch (error) {
    throw new ConsentLogError('database', `to log consents in PostgreSQL at ${redactUrl(url)}, install the "pg" package (npm install pg)`, { cause: error });
  }
}

/** Opens what `database` names; the log owns (and later closes) what it opens itself. */
export async function openDatabase(database: DatabaseOption | undefined, poolSize: number): Promise<SqlDatabase> {
  if (database === undefined || typeof database === 'string') {
    const target = database ?? 'memory://';
    if (isPostgresUrl(target)) {
      const { Pool } = await importPg(target);
      const pool = new Pool({ connectionString: target, max: poolSize, connectionTimeoutMillis: 10_000 });
      // An idle client whose server went away must not crash the process; the next query reports it.
      pool.on('error', () => undefined);
      return fromPool(pool, redactUrl(target), true);
    }
    const { PGlite: PGliteClass } = await import('@electric-sql/pglite');
    const inMemory = target === 'memory://' || target === '';
    const db: PGlite = inMemory ? new PGliteClass() : new PGliteClass(target);
    await db.waitReady;
    return fromPGlite(db, inMemory ? 'PGlite (in memory)' : `PGlite at ${target}`, true);
  }
  if (isPGlite(database)) {
    await database.waitReady;
    return fromPGlite(database, 'the given PGlite instance', false);
  }
  return fromPool(database, 'the given pg Pool', false);
}
