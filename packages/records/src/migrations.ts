import type { SqlDatabase } from './database';

/** One step of the schema; applied once, in order, never edited after release. */
export interface Migration {
  /** Its number; migrations apply in increasing order, each once. */
  readonly version: number;
  /** What it does, recorded in `kakor_schema_migrations`. */
  readonly name: string;
  /** The SQL it runs, inside the migrating transaction. */
  readonly sql: string;
}

/** The table every consent lands in. */
export const recordsTable = 'kakor_consent_records';
const migrationsTable = 'kakor_schema_migrations';
// Any constant 64-bit key works; this one spells "kakor" so it is recognisable in pg_locks.
const migrationLockKey = '7037052914';

/** The schema's history. Append a migration to change it; never change one that has shipped. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'append-only consent records',
    sql: `
CREATE TABLE ${recordsTable} (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  consent_id text NOT NULL CHECK (length(consent_id) BETWEEN 1 AND 128),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  given_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  categories jsonb NOT NULL,
  processors jsonb NOT NULL,
  site_fingerprint text NOT NULL,
  policy_hash text,
  locale text,
  gpc boolean NOT NULL,
  source text NOT NULL,
  user_agent text,
  ip_hash text,
  CONSTRAINT ${recordsTable}_once UNIQUE (consent_id, given_at)
);
CREATE INDEX ${recordsTable}_recorded_at ON ${recordsTable} (recorded_at);
CREATE INDEX ${recordsTable}_expires_at ON ${recordsTable} (expires_at);
CREATE FUNCTION ${recordsTable}_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '${recordsTable} is append-only: record a new row for consent % instead of updating it', OLD.consent_id
    USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER ${recordsTable}_append_only BEFORE UPDATE ON ${recordsTable}
  FOR EACH ROW EXECUTE FUNCTION ${recordsTable}_refuse_update();
`,
  },
];

const latestVersion = Math.max(...migrations.map((migration) => migration.version));

async function appliedVersion(db: Pick<SqlDatabase, 'query'>): Promise<number> {
  const [exists] = await db.query<{ present: boolean }>(`SELECT to_regclass('${migrationsTable}') IS NOT NULL AS present`);
  if (exists?.present !== true) return 0;
  const [row] = await db.query<{ version: number | null }>(`SELECT max(version) AS version FROM ${migrationsTable}`);
  return row?.version ?? 0;
}

/**
 * Brings the schema up to date. Two processes starting together serialise on an advisory
 * lock held for the migrating transaction; an up-to-date schema needs no lock and no write,
 * so a read-only replica can still be exported from.
 */
export async function migrate(db: SqlDatabase): Promise<void> {
  if ((await appliedVersion(db)) >= latestVersion) return;
  await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${migrationLockKey})`);
    await tx.exec(`CREATE TABLE IF NOT EXISTS ${migrationsTable} (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const applied = await appliedVersion(tx);
    for (const migration of migrations) {
      if (migration.version <= applied) continue;
      await tx.exec(migration.sql);
      await tx.query(`INSERT INTO ${migrationsTable} (version, name) VALUES ($1, $2)`, [migration.version, migration.name]);
    }
  });
}
