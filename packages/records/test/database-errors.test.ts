import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createConsentLog, migrations } from '../src';
import { consentEntry, freshPostgresDatabase, queryDirect } from './helpers';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const rowCount = async (url: string) => Number((await queryDirect<{ n: string }>(url, 'SELECT count(*)::text AS n FROM kakor_consent_records'))[0]?.n);

describe('a PostgreSQL consent log', () => {
  it('migrates once when several processes start together', async () => {
    const url = await freshPostgresDatabase();
    // Each log has its own pool: separate sessions, as separate processes would have.
    const logs = Array.from({ length: 6 }, () => createConsentLog({ database: url }));
    await Promise.all(logs.map((log) => log.record(consentEntry())));
    const applied = await queryDirect<{ version: number }>(url, 'SELECT version FROM kakor_schema_migrations ORDER BY version');
    expect(applied.map((row) => row.version)).toEqual(migrations.map((migration) => migration.version));
    expect(await rowCount(url)).toBe(6);
    await Promise.all(logs.map((log) => log.close()));
    const again = createConsentLog({ database: url });
    await again.record(consentEntry());
    expect(await rowCount(url)).toBe(7);
    await again.close();
  });

  it('names an unreachable server, and never prints the password', async () => {
    const port = await closedPort();
    const log = createConsentLog({ database: `postgres://kakor:s3cret-pass@127.0.0.1:${String(port)}/consents` });
    const error = (await log.record(consentEntry()).catch((caught: unknown) => caught)) as Error;
    expect(error).toMatchObject({ code: 'unreachable' });
    expect(error.message).toContain(`127.0.0.1:${String(port)}`);
    expect(error.message).toMatch(/ECONNREFUSED.*check that it is running/);
    expect(error.message).not.toContain('s3cret-pass');
    await log.close();
  });

  it('names a wrong password', async () => {
    const url = new URL(await freshPostgresDatabase());
    url.password = 'not-the-password';
    const log = createConsentLog({ database: url.toString() });
    const error = (await log.record(consentEntry()).catch((caught: unknown) => caught)) as Error;
    expect(error).toMatchObject({ code: 'authentication' });
    expect(error.message).toMatch(/refused the credentials .*password authentication failed.*check the user and password/);
    expect(error.message).not.toContain('not-the-password');
    await log.close();
  });

  it('names a database that does not exist', async () => {
    const url = new URL(await freshPostgresDatabase());
    url.pathname = '/no_such_database';
    const log = createConsentLog({ database: url.toString() });
    await expect(log.record(consentEntry())).rejects.toMatchObject({ code: 'missing-database', message: expect.stringMatching(/does not exist.*createdb/) as unknown });
    await log.close();
  });

  it('names a read-only database, stores nothing, and still reads and exports', async () => {
    const url = await freshPostgresDatabase();
    const writer = createConsentLog({ database: url });
    const kept = consentEntry();
    await writer.record(kept);
    await writer.close();
    const name = new URL(url).pathname.slice(1);
    await queryDirect(url, `ALTER DATABASE ${name} SET default_transaction_read_only = on`);
    const log = createConsentLog({ database: url });
    const error = (await log.record(consentEntry()).catch((caught: unknown) => caught)) as Error;
    expect(error).toMatchObject({ code: 'read-only' });
    expect(error.message).toMatch(/read-only .*point the log at a primary/);
    expect((await log.find(kept.id)).map((row) => row.consentId)).toEqual([kept.id]);
    expect(await rowCount(url)).toBe(1);
    await log.close();
  });

  it('migrates a fresh read-only database into a clear error, not a crash', async () => {
    const url = await freshPostgresDatabase();
    await queryDirect(url, `ALTER DATABASE ${new URL(url).pathname.slice(1)} SET default_transaction_read_only = on`);
    const log = createConsentLog({ database: url });
    await expect(log.list()).rejects.toMatchObject({ code: 'read-only', message: expect.stringContaining('could not open the consent log') as unknown });
    await log.close();
  });
});
