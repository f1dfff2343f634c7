/** A running cluster and what tests do with it. */
export interface PostgresServer {
  /** `postgres://kakor:…@127.0.0.1:PORT/postgres`. */
  readonly url: string;
  /** A URL for another database on the same cluster. */
  readonly urlFor: (database: string, credentials?: { user?: string; password?: string }) => string;
  /** Runs SQL as the superuser over the cluster's Unix socket, returning psql's unaligned output. */
  readonly sql: (statement: string, database?: string) => Promise<string>;
  /** Stops the server, keeping its data. */
  readonly stop: () => Promise<void>;
  /** Starts it again on the same port. */
  readonly start: () => Promise<void>;
  /** Stops it and deletes its directory. */
  readonly remove: () => Promise<void>;
}


/** The superuser's name and password in every test cluster. */
export declare const postgresUser: { readonly user: string; readonly password: string };

/** Where initdb and pg_ctl are: `KAKOR_PG_BIN`, else the newest /usr/lib/postgresql/N/bin. */
export function postgresBinDir(): string | undefined;

/**
 * Starts a throwaway cluster: initdb + pg_ctl in a temp dir, on a free port on 127.0.0.1.
 * As root, it runs as the `postgres` system user, since initdb refuses root.
 */
export function startPostgres(): Promise<PostgresServer>;
