import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { aptInstall, type AptInstallOptions } from '../apt-install.mjs';

// Stand-ins for apt-get and sudo: real executables, first on PATH, that write what they were asked to a log.
const dir = mkdtempSync(join(tmpdir(), 'kakor-apt-'));
const bin = join(dir, 'bin');
const empty = join(dir, 'empty');
const log = join(dir, 'calls.log');
mkdirSync(bin, { recursive: true });
mkdirSync(empty, { recursive: true });
const script = (name: string, body: string) => {
  writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
  chmodSync(join(bin, name), 0o755);
};
script('apt-get', 'echo "apt-get $* [${DEBIAN_FRONTEND:-}]" >> "$KAKOR_FAKE_LOG"\nif [ "$1" = install ] && [ -n "$KAKOR_FAKE_APT_FAILS" ]; then exit 100; fi');
// Like Debian's sudo (env_reset), the stand-in passes on none of the caller's environment but PATH and its own log.
script('sudo', 'echo "sudo $*" >> "$KAKOR_FAKE_LOG"\n[ "$KAKOR_FAKE_SUDO" = allow ] || exit 1\n[ "$1" = -n ] && shift\nexec env -i PATH="$PATH" KAKOR_FAKE_LOG="$KAKOR_FAKE_LOG" "$@"');

afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => writeFileSync(log, ''));

/** Runs aptInstall with the stand-ins first on PATH, as a user with this id. */
function install(uid: number, fake: { sudo?: 'allow' | 'refuse'; aptFails?: boolean; path?: string } = {}) {
  const exec: AptInstallOptions['exec'] = (command, args, options = {}) =>
    execFileSync(command, args, {
      ...options,
      env: {
        ...(options.env ?? process.env),
        PATH: fake.path ?? `${bin}:${process.env.PATH ?? ''}`,
        KAKOR_FAKE_LOG: log,
        KAKOR_FAKE_SUDO: fake.sudo ?? 'refuse',
        KAKOR_FAKE_APT_FAILS: fake.aptFails ? '1' : '',
      },
    });
  const lines: string[] = [];
  const result = aptInstall('chromium', { purpose: 'for the tests', exec, uid, log: (line) => lines.push(line) });
  return { result, lines, calls: readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) };
}

describe('aptInstall', () => {
  it('as root: apt-get update once, then install -y, non-interactively', () => {
    const { result, lines, calls } = install(0);
    expect(result).toEqual({ installed: true });
    expect(lines).toEqual(["Installing Debian's chromium for the tests (apt-get install chromium)…"]);
    expect(calls.slice(1)).toEqual(['apt-get update -qq [noninteractive]', 'apt-get install -y -qq --no-install-recommends chromium [noninteractive]']);
    expect(calls[0]).toMatch(/^apt-get --version/);
  });

  it('as another user with passwordless sudo: the same through sudo -n', () => {
    const { result, calls } = install(1000, { sudo: 'allow' });
    expect(result).toEqual({ installed: true });
    expect(calls.filter((call) => !call.startsWith('apt-get --version'))).toEqual([
      'sudo -n true',
      'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update -qq',
      'apt-get update -qq [noninteractive]',
      'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium',
      'apt-get install -y -qq --no-install-recommends chromium [noninteractive]',
    ]);
  });

  it('as another user without passwordless sudo: refuses, and runs no update or install', () => {
    const { result, lines, calls } = install(1000, { sudo: 'refuse' });
    expect(result).toEqual({ installed: false, reason: 'this user is not root and has no passwordless sudo' });
    expect(lines).toEqual([]);
    expect(calls.filter((call) => /update|install/.test(call))).toEqual([]);
  });

  it('without apt-get on PATH: refuses, even as root', () => {
    const { result, calls } = install(0, { path: empty });
    expect(result).toEqual({ installed: false, reason: 'apt-get is not available' });
    expect(calls).toEqual([]);
  });

  it('passes on a failing install, after one update', () => {
    expect(() => install(0, { aptFails: true })).toThrow(/apt-get/);
    expect(readFileSync(log, 'utf8').match(/^apt-get (update|install)\b/gm)).toEqual(['apt-get update', 'apt-get install']);
  });
});
