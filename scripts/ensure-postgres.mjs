// The records tests start throwaway PostgreSQL clusters (initdb + pg_ctl, see test-utils/postgres.ts).
// Installs Debian's postgresql when the server binaries are missing and this user may (root or passwordless sudo).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = '/usr/lib/postgresql';
const installed = () =>
  process.env.KAKOR_PG_BIN
    ? existsSync(join(process.env.KAKOR_PG_BIN, 'initdb'))
    : existsSync(root) && readdirSync(root).some((version) => existsSync(join(root, version, 'bin', 'initdb')));
if (installed()) process.exit(0);

function can(command, args) {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const asRoot = process.getuid?.() === 0;
const sudo = !asRoot && can('sudo', ['-n', 'true']);
if (!can('apt-get', ['--version']) || (!asRoot && !sudo)) {
  console.error(`PostgreSQL's server binaries (initdb, pg_ctl) are missing and cannot be installed here.
Install Debian's package (sudo apt-get install postgresql), or set KAKOR_PG_BIN to the folder holding initdb and pg_ctl.`);
  process.exit(1);
}
const run = (args) => execFileSync(sudo ? 'sudo' : 'apt-get', sudo ? ['-n', 'apt-get', ...args] : args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
console.log("Installing Debian's postgresql for the records tests (apt-get install postgresql)…");
run(['update', '-qq']);
run(['install', '-y', '-qq', '--no-install-recommends', 'postgresql']);
if (!installed()) {
  console.error(`apt-get installed postgresql, but no initdb is under ${root}/*/bin; set KAKOR_PG_BIN.`);
  process.exit(1);
}
console.log('PostgreSQL installed.');
