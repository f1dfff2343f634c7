import type { execFileSync } from 'node:child_process';

/** What {@link aptInstall} did. */
export type AptInstallResult = { readonly installed: true } | { readonly installed: false; readonly reason: string };

/** Options of {@link aptInstall}; the defaults are the real ones. */
export interface AptInstallOptions {
  /** Said after the package name while installing, e.g. `for the browser tests`. */
  readonly purpose?: string;
  /** Runs a command; `execFileSync` by default. */
  readonly exec?: (command: string, args: readonly string[], options?: Parameters<typeof execFileSync>[2]) => unknown;
  /** This process's user id; `process.getuid()` by default (0 is root). */
  readonly uid?: number;
  /** Where the progress line goes; `console.log` by default. */
  readonly log?: (line: string) => void;
}

/** `apt-get update`, then `apt-get install -y` of one package, as root or through passwordless sudo. */
export function aptInstall(packageName: string, options?: AptInstallOptions): AptInstallResult;
