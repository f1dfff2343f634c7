// A throwaway PostgreSQL cluster for tests: initdb + pg_ctl in a temp dir, on a free port on
// 127.0.0.1, stopped and removed afterwards. scripts/ensure-postgres.mjs installs the server.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The superuser's name and password in every test cluster. */
export const postgresUser = { user: 'kakor', password: 'kakor-test-password' };

/** Where initdb and pg_ctl are: `KAKOR_PG_BIN`, else the newest /usr/lib/postgresql/N/bin. */
export function postgresBinDir() {
  if (process.env.KAKOR_PG_BIN) return process.env.KAKOR_PG_BIN;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((name) => existsSync(join(root, name, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin');
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Starts a new cluster (see postgres.d.mts). As root, it runs as the `postgres` system user, since initdb refuses root. */
export async function startPostgres() {
  const bin = postgresBinDir();
  if (bin === undefined) throw new Error('PostgreSQL is not installed: run `node scripts/ensure-postgres.mjs` (installs Debian\'s postgresql) or set KAKOR_PG_BIN');
  const dir = await mkdtemp(join(tmpdir(), 'kakor-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]).catch(() => {
      throw new Error('running as root, the test cluster needs the `postgres` system user (Debian\'s postgresql package creates it)');
    });
    await chown(dir, Number(uid.stdout), Number(gid.stdout));
  }
  const tool = (name, args) => (asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, name), ...args]) : run(join(bin, name), [...args]));
  const passwordFile = join(dir, 'password');
  await writeFile(passwordFile, postgresUser.password, { mode: 0o644 });
  if (asRoot) await chown(passwordFile, Number((await run('id', ['-u', 'postgres'])).stdout), 0);
  await tool('initdb', ['-D', data, '-U', postgresUser.user, `--pwfile=${passwordFile}`, '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C', '--no-sync']);
  await rm(passwordFile);
  const port = await freePort();
  const options = `-c port=${String(port)} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c max_connections=200`;
  const start = async () => {
    await tool('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '120', '-o', options, 'start']);
  };
  const stop = async () => {
    await tool('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '120', 'stop']);
  };
  await start();
  const urlFor = (database, credentials = {}) =>
    `postgres://${encodeURIComponent(credentials.user ?? postgresUser.user)}:${encodeURIComponent(credentials.password ?? postgresUser.password)}@127.0.0.1:${String(port)}/${database}`;
  return {
    url: urlFor('postgres'),
    urlFor,
    sql: async (statement, database = 'postgres') =>
      (await run(join(bin, 'psql'), ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-h', dir, '-p', String(port), '-U', postgresUser.user, '-d', database, '-c', statement])).stdout.trim(),
    stop,
    start,
    remove: async () => {
      await stop().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
