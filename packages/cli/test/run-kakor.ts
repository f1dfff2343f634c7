import { join } from 'node:path';
import { runCli } from '../src';

export const repoRoot = join(import.meta.dirname, '../../..');
export const catalogFixtures = join(repoRoot, 'packages/catalog/test/fixtures');

/** Runs `kakor` in-process, as the binary would from `cwd`, and collects what it prints. */
export async function kakor(argv: readonly string[], cwd: string = repoRoot) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false, cwd });
  return { code, stdout, stderr };
}
