// Installs a Debian package the tests need (chromium, postgresql) when this user may: as root,
// or through passwordless sudo. Used by ensure-chromium.mjs and ensure-postgres.mjs.
import { execFileSync } from 'node:child_process';

/**
 * `apt-get update`, then `apt-get install -y` of one package, non-interactively, run directly
 * as root or through `sudo -n` otherwise. Returns `{ installed: true }`, or `{ installed: false,
 * reason }` without running anything when apt-get is missing or this user may not install.
 * A failing apt-get throws its error. `exec` and `uid` are parameters so a test can run it
 * against stand-in commands.
 */
export function aptInstall(packageName, { purpose = '', exec = execFileSync, uid = process.getuid?.(), log = console.log } = {}) {
  const can = (command, args) => {
    try {
      exec(command, args, { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  const root = uid === 0;
  const sudo = !root && can('sudo', ['-n', 'true']);
  if (!can('apt-get', ['--version'])) return { installed: false, reason: 'apt-get is not available' };
  if (!root && !sudo) return { installed: false, reason: 'this user is not root and has no passwordless sudo' };
  // sudo resets the environment by default, so the setting goes through `env` on its command line.
  const run = (args) => exec(sudo ? 'sudo' : 'apt-get', sudo ? ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args] : args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  log(`Installing Debian's ${packageName}${purpose ? ` ${purpose}` : ''} (apt-get install ${packageName})…`);
  run(['update', '-qq']);
  run(['install', '-y', '-qq', '--no-install-recommends', packageName]);
  return { installed: true };
}
