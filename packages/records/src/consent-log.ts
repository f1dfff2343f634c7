import { createHmac } from 'node:crypto';
import { Readable } from 'node:stream';
import type { CatalogEntry } from '@kakor/catalog';
import type { Site } from '@kakor/consent';
import { entryRow, policyHashPattern, type ConsentEntry } from './consent-entry';
import { openDatabase, type DatabaseOption, type SqlDatabase } from './database';
import { ConsentLogError, databaseError } from './errors';
import { csvHeader, csvLine, jsonLine, type ExportFormat } from './export-format';
import { loggedConsent, selectColumns, type LoggedConsent, type RecordRow } from './logged-consent';
import { migrate, recordsTable } from './migrations';
import { catalogLocaleOf, policyHash } from './policy-hash';
import { subtractDuration } from './retention';

/** How to open a consent log. */
export interface ConsentLogOptions {
  /**
   * Where consents are kept: a PostgreSQL URL (`postgres://user:pass@host/db`, needs the `pg`
   * package) or a `pg` `Pool`; a directory for an embedded PGlite database; or, by default,
   * PGlite in memory (lost when the process ends: for tests and trials).
   */
  readonly database?: DatabaseOption;
  /** The site definition, to store a hash of the cookie policy each visitor was shown. */
  readonly site?: Site<CatalogEntry>;
  /** The locale assumed when a record names none; `en` by default. */
  readonly locale?: string;
  /** A secret to store a keyed hash (HMAC-SHA-256) of the visitor's IP address; without it no IP is stored. */
  readonly ipHashKey?: string;
  /** How many characters of the `User-Agent` to keep; 256 by default, 0 for none. */
  readonly userAgentLength?: number;
  /** Years a row is kept after its consent lapses, for the default purge; 3 by default. */
  readonly retentionYears?: number;
  /** Connections in the pool the log opens for a PostgreSQL URL; 10 by default. */
  readonly poolSize?: number;
}

/** Which rows `list` returns. */
export interface ListOptions {
  /** Rows recorded at or after this time. */
  readonly since?: Date;
  /** Rows recorded before this time. */
  readonly until?: Date;
  /** At most this many rows (1–10,000); 100 by default. */
  readonly limit?: number;
  /** The `nextCursor` of the previous page. */
  readonly cursor?: string;
}

/** One page of `list`. */
export interface ConsentPage {
  /** The rows, oldest first. */
  readonly records: readonly LoggedConsent[];
  /** Pass as `cursor` for the next page; absent on the last page. */
  readonly nextCursor?: string;
}

/** What `export` writes. */
export interface ExportOptions {
  /** JSON Lines (default) or CSV. */
  readonly format?: ExportFormat;
  /** Rows recorded at or after this time. */
  readonly since?: Date;
  /** Rows recorded before this time. */
  readonly until?: Date;
  /** Called after each batch with the number of rows written so far. */
  readonly onProgress?: (rows: number) => void;
}

/** What `purge` removes. */
export interface PurgeOptions {
  /**
   * Remove rows recorded longer ago than this ISO 8601 duration (`P3Y`) or before this date.
   * Without it: rows whose consent lapsed more than `retentionYears` ago. Either way a row
   * whose consent is still in force is kept.
   */
  readonly olderThan?: string | Date;
  /** The current time; the clock by default. */
  readonly now?: Date;
  /** Called after each batch with the number of rows removed so far. */
  readonly onProgress?: (deleted: number) => void;
}

/** What `purge` did. */
export interface PurgeResult {
  /** Rows removed. */
  readonly deleted: number;
  /** Rows recorded (with `olderThan`) or lapsed (without) before this time were removed. */
  readonly cutoff: Date;
}

/** An append-only log of consents: proof, under GDPR Art. 7(1), that each visitor consented, to what and under which policy. */
export interface ConsentLog {
  /**
   * Stores one consent; resolves once it is committed. Recording the same consent (id and
   * time given) again stores it once, so retries are safe. Pass it as `onConsent`.
   */
  readonly record: (entry: ConsentEntry) => Promise<void>;
  /** Every row for one consent id, oldest first: its history. */
  readonly find: (consentId: string) => Promise<LoggedConsent[]>;
  /** Rows in the order they were recorded, a page at a time. */
  readonly list: (options?: ListOptions) => Promise<ConsentPage>;
  /** Streams rows as JSON Lines or CSV, for an auditor or an archive. */
  readonly export: (options?: ExportOptions) => Readable;
  /** Applies the retention period. */
  readonly purge: (options?: PurgeOptions) => Promise<PurgeResult>;
  /** Closes the pool or PGlite database the log opened (one passed in is left open). */
  readonly close: () => Promise<void>;
}

const exportBatch = 1000;
const purgeBatch = 5000;
const maxListLimit = 10_000;

const insertSql = `INSERT INTO ${recordsTable}
  (consent_id, given_at, expires_at, categories, processors, site_fingerprint, policy_hash, locale, gpc, source, user_agent, ip_hash)
  VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7, $8, $9, $10, $11, $12)
  ON CONFLICT ON CONSTRAINT ${recordsTable}_once DO NOTHING`;

function checkDate(value: unknown, name: string): Date | undefined {
  if (value === undefined) return undefined;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new ConsentLogError('invalid-argument', `${name} must be a valid Date`);
  return value;
}

function checkCursor(cursor: unknown): string | undefined {
  if (cursor === undefined) return undefined;
  if (typeof cursor !== 'string' || !/^\d{1,18}$/.test(cursor)) throw new ConsentLogError('invalid-argument', 'cursor must be the nextCursor of a previous page');
  return cursor;
}

/**
 * Opens a consent log. The database is opened, and its schema migrated, on first use.
 *
 * @example
 * import { createConsentLog } from '@kakor/records';
 * const log = createConsentLog({ database: process.env.DATABASE_URL, site });
 * app.use(consentMiddleware(site, { secret, onConsent: log.record }));
 * // later: await log.find(receipt.id)
 */
export function createConsentLog(options: ConsentLogOptions = {}): ConsentLog {
  const { site, locale: defaultLocale = 'en', ipHashKey, userAgentLength = 256, retentionYears = 3, poolSize = 10 } = options;
  let opening: Promise<SqlDatabase> | undefined;
  let closed = false;
  const policyHashes = new Map<string, string>();
  const where = () => (typeof options.database === 'string' && !/^postgres/i.test(options.database) ? `PGlite at ${options.database}` : 'the database');

  async function ready(): Promise<SqlDatabase> {
    if (closed) throw new ConsentLogError('closed', 'the consent log is closed; create a new one with createConsentLog');
    opening ??= (async () => {
      let db: SqlDatabase | undefined;
      try {
        db = await openDatabase(options.database, poolSize);
        await migrate(db);
        return db;
      } catch (error) {
        await db?.close().catch(() => undefined);
        throw databaseError('open the consent log', db?.where ?? where(), error);
      }
    })();
    try {
      return await opening;
    } catch (error) {
      opening = undefined; // the next call tries again: the database may be back
      throw error;
    }
  }

  const run = async <T>(action: string, work: (db: SqlDatabase) => Promise<T>): Promise<T> => {
    const db = await ready();
    try {
      return await work(db);
    } catch (error) {
      throw databaseError(action, db.where, error);
    }
  };

  function hashOfPolicy(entry: ConsentEntry, locale: string): string | null {
    if (entry.policyHash !== undefined) {
      if (typeof entry.policyHash !== 'string' || !policyHashPattern.test(entry.policyHash)) {
        throw new ConsentLogError('invalid-record', 'cannot record consent: policyHash must be a short hash such as "sha256:…"; nothing was stored', { field: 'policyHash' });
      }
      return entry.policyHash;
    }
    // Only the site definition the consent was given under describes what the visitor saw.
    if (site === undefined || entry.fingerprint !== site.fingerprint) return null;
    // Keyed by the catalog locale the policy is shown in, so the cache stays as small as that list.
    const shown = catalogLocaleOf(locale);
    let hash = policyHashes.get(shown);
    if (hash === undefined) policyHashes.set(shown, (hash = policyHash(site, shown)));
    return hash;
  }

  function hashOfIp(ip: unknown): string | null {
    if (ip === undefined || ipHashKey === undefined) return null;
    if (typeof ip !== 'string' || ip.length > 100) throw new ConsentLogError('invalid-record', 'cannot record consent: ip must be an address string; nothing was stored', { field: 'ip' });
    return `hmac-sha256:${createHmac('sha256', ipHashKey).update(ip).digest('hex')}`;
  }

  const record = async (entry: ConsentEntry): Promise<void> => {
    const row = entryRow(entry, userAgentLength);
    const locale = row.locale ?? defaultLocale;
    const params = [
      row.consentId,
      row.givenAt.toISOString(),
      row.expiresAt.toISOString(),
      JSON.stringify(row.categories),
      JSON.stringify(row.processors),
      row.fingerprint,
      hashOfPolicy(entry, locale),
      locale,
      row.gpc,
      row.source,
      row.userAgent,
      hashOfIp(entry.ip),
    ];
    await run(`record consent ${row.consentId}`, (db) => db.query(insertSql, params));
  };

  const find = async (consentId: string): Promise<LoggedConsent[]> => {
    if (typeof consentId !== 'string' || consentId.length > 128) return [];
    const rows = await run('find a consent', (db) => db.query<RecordRow>(`SELECT ${selectColumns} FROM ${recordsTable} WHERE consent_id = $1 ORDER BY ${recordsTable}.seq`, [consentId]));
    return rows.map(loggedConsent);
  };

  const page = async (db: SqlDatabase, since: Date | undefined, until: Date | undefined, after: string | undefined, limit: number, upTo?: string) =>
    (
      await db.query<RecordRow>(
        `SELECT ${selectColumns} FROM ${recordsTable}
          WHERE ($1::timestamptz IS NULL OR recorded_at >= $1) AND ($2::timestamptz IS NULL OR recorded_at < $2)
            AND ($3::bigint IS NULL OR seq > $3) AND ($4::bigint IS NULL OR seq <= $4)
          ORDER BY ${recordsTable}.seq LIMIT $5`,
        [since?.toISOString() ?? null, until?.toISOString() ?? null, after ?? null, upTo ?? null, limit],
      )
    ).map(loggedConsent);

  const list = async (listOptions: ListOptions = {}): Promise<ConsentPage> => {
    const since = checkDate(listOptions.since, 'since');
    const until = checkDate(listOptions.until, 'until');
    const cursor = checkCursor(listOptions.cursor);
    const limit = listOptions.limit ?? 100;
    if (!Number.isInteger(limit) || limit < 1 || limit > maxListLimit) throw new ConsentLogError('invalid-argument', `limit must be a whole number from 1 to ${String(maxListLimit)}, found ${String(limit)}`);
    const rows = await run('list consents', (db) => page(db, since, until, cursor, limit + 1));
    const records = rows.slice(0, limit);
    return rows.length > limit ? { records, nextCursor: records[records.length - 1]?.seq ?? '' } : { records };
  };

  async function* exportLines(exportOptions: ExportOptions): AsyncGenerator<string> {
    const format = exportOptions.format ?? 'jsonl';
    if (format !== 'jsonl' && format !== 'csv') throw new ConsentLogError('invalid-argument', `format must be "jsonl" or "csv", found ${JSON.stringify(String(format))}`);
    const since = checkDate(exportOptions.since, 'since');
    const until = checkDate(exportOptions.until, 'until');
    const line = format === 'csv' ? csvLine : jsonLine;
    if (format === 'csv') yield csvHeader;
    // Rows inserted while the export runs are left for the next export, so it ends.
    const [last] = await run('export consents', (db) => db.query<{ seq: string | null }>(`SELECT max(seq)::text AS seq FROM ${recordsTable}`));
    if (last?.seq === null || last?.seq === undefined) return;
    let after: string | undefined;
    let written = 0;
    for (;;) {
      const rows = await run('export consents', (db) => page(db, since, until, after, exportBatch, last.seq ?? undefined));
      if (rows.length === 0) return;
      yield rows.map(line).join('');
      written += rows.length;
      exportOptions.onProgress?.(written);
      after = rows[rows.length - 1]?.seq;
      if (rows.length < exportBatch) return;
    }
  }

  const purge = async (purgeOptions: PurgeOptions = {}): Promise<PurgeResult> => {
    const now = checkDate(purgeOptions.now, 'now') ?? new Date();
    const { olderThan } = purgeOptions;
    let cutoff: Date;
    let condition: string;
    if (olderThan === undefined) {
      cutoff = new Date(now);
      cutoff.setUTCFullYear(cutoff.getUTCFullYear() - retentionYears);
      condition = 'expires_at < $1';
    } else {
      cutoff = typeof olderThan === 'string' ? subtractDuration(now, olderThan) : (checkDate(olderThan, 'olderThan') ?? now);
      condition = 'recorded_at < $1 AND expires_at < $2';
    }
    let deleted = 0;
    for (;;) {
      const removed = await run('purge consents', (db) =>
        db.query<{ seq: string }>(
          `DELETE FROM ${recordsTable} WHERE seq IN (SELECT seq FROM ${recordsTable} WHERE ${condition} ORDER BY seq LIMIT ${String(purgeBatch)}) RETURNING seq::text AS seq`,
          olderThan === undefined ? [cutoff.toISOString()] : [cutoff.toISOString(), now.toISOString()],
        ),
      );
      deleted += removed.length;
      if (removed.length > 0) purgeOptions.onProgress?.(deleted);
      if (removed.length < purgeBatch) return { deleted, cutoff };
    }
  };

  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    const db = await opening?.catch(() => undefined);
    await db?.close();
  };

  return { record, find, list, export: (exportOptions = {}) => Readable.from(exportLines(exportOptions), { objectMode: false }), purge, close };
}
