// The records tests start throwaway PostgreSQL clusters (initdb + pg_ctl, see test-utils/postgres.mjs).
// Installs Debian's postgresql when the server binaries are missing and this user may (root or passwordless sudo).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { aptInstall } from './apt-install.mjs';

const root = '/usr/lib/postgresql';
const installed = () =>
  process.env.KAKOR_PG_BIN
    ? existsSync(join(process.env.KAKOR_PG_BIN, 'initdb'))
    : existsSync(root) && readdirSync(root).some((version) => existsSync(join(root, version, 'bin', 'initdb')));
if (installed()) process.exit(0);

const result = aptInstall('postgresql', { purpose: 'for the records tests' });
if (!result.installed) {
  console.error(`PostgreSQL's server binaries (initdb, pg_ctl) are missing and cannot be installed here (${result.reason}).
Install Debian's package (sudo apt-get install postgresql), or set KAKOR_PG_BIN to the folder holding initdb and pg_ctl.`);
  process.exit(1);
}
if (!installed()) {
  console.error(`apt-get installed postgresql, but no initdb is under ${root}/*/bin; set KAKOR_PG_BIN.`);
  process.exit(1);
}
console.log('PostgreSQL installed.');
