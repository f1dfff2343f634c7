// The browser tests drive Debian's Chromium through playwright-core; no browser is downloaded.
// Installs the Debian package when it is missing and this user may (root or passwordless sudo).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const executable = process.env.KAKOR_CHROMIUM ?? '/usr/bin/chromium';
if (existsSync(executable)) process.exit(0);

function can(command, args) {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const root = process.getuid?.() === 0;
const sudo = !root && can('sudo', ['-n', 'true']);
if (!can('apt-get', ['--version']) || (!root && !sudo)) {
  console.error(`Chromium is missing at ${executable} and cannot be installed here.
Install Debian's package (sudo apt-get install chromium), or set KAKOR_CHROMIUM to a Chromium binary.`);
  process.exit(1);
}
const run = (args) => execFileSync(sudo ? 'sudo' : 'apt-get', sudo ? ['-n', 'apt-get', ...args] : args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
console.log('Installing Debian\'s chromium for the browser tests (apt-get install chromium)…');
run(['update', '-qq']);
run(['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
if (!existsSync(executable)) {
  console.error(`apt-get installed chromium, but ${executable} does not exist; set KAKOR_CHROMIUM.`);
  process.exit(1);
}
console.log(`Chromium installed at ${executable}.`);
