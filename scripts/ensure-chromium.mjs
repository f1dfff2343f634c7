// The browser tests drive Debian's Chromium through playwright-core; no browser is downloaded.
// Installs the Debian package when it is missing and this user may (root or passwordless sudo).
import { existsSync } from 'node:fs';
import { aptInstall } from './apt-install.mjs';

const executable = process.env.KAKOR_CHROMIUM ?? '/usr/bin/chromium';
if (existsSync(executable)) process.exit(0);

const result = aptInstall('chromium', { purpose: 'for the browser tests' });
if (!result.installed) {
  console.error(`Chromium is missing at ${executable} and cannot be installed here (${result.reason}).
Install Debian's package (sudo apt-get install chromium), or set KAKOR_CHROMIUM to a Chromium binary.`);
  process.exit(1);
}
if (!existsSync(executable)) {
  console.error(`apt-get installed chromium, but ${executable} does not exist; set KAKOR_CHROMIUM.`);
  process.exit(1);
}
console.log(`Chromium installed at ${executable}.`);
