import { execFile, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, '../../../scripts/check-catalog-changeset.mjs');
const repos: string[] = [];

// A git that ignores the machine's own configuration, so the test sees the same repository everywhere.
const gitEnv = (home: string): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: home,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
});

const catalogChangeset = "---\n'@kakor/catalog': minor\n---\n\nAdds Acme.\n";
const cliChangeset = "---\n'@kakor/cli': patch\n---\n\nFixes the table; the catalog (@kakor/catalog) is untouched.\n";

/** A repository whose `main` holds a catalog entry, a package file and an old changeset, checked out on a branch. */
async function makeRepo() {
  const dir = await mkdtemp(join(tmpdir(), 'kakor-changeset-'));
  repos.push(dir);
  const env = gitEnv(dir);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: 'pipe' });
  const write = async (file: string, text: string) => {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), text);
  };
  const commit = (message: string) => {
    git('add', '--all');
    git('commit', '--quiet', '--no-gpg-sign', '-m', message);
  };
  git('init', '--quiet', '--initial-branch=main');
  await write('catalog/processors/acme.yaml', 'id: acme\n');
  await write('packages/cli/src/table.ts', 'export {};\n');
  await write('.changeset/README.md', '# Changesets\n');
  await write('.changeset/old-release.md', catalogChangeset);
  commit('base');
  git('checkout', '--quiet', '-b', 'feature');
  const check = async (args: string[] = ['main'], extraEnv: NodeJS.ProcessEnv = {}) => {
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, ...args], { cwd: dir, env: { ...env, ...extraEnv } });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };
  return { dir, write, commit, check };
}

afterEach(async () => {
  await Promise.all(repos.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('scripts/check-catalog-changeset.mjs', () => {
  it('passes a change that leaves catalog/ alone', async () => {
    const repo = await makeRepo();
    await repo.write('packages/cli/src/table.ts', 'export const x = 1;\n');
    repo.commit('cli only');
    const result = await repo.check();
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('no files under catalog/ changed since main');
  });

  it('fails a catalog change without a changeset, naming the files and the fix', async () => {
    const repo = await makeRepo();
    await repo.write('catalog/processors/acme.yaml', 'id: acme\nname: Acme\n');
    await repo.write('catalog/processors/beta.yaml', 'id: beta\n');
    repo.commit('catalog');
    const result = await repo.check();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('files under catalog/ changed since main, but no new changeset releases @kakor/catalog:\n  catalog/processors/acme.yaml\n  catalog/processors/beta.yaml\n');
    expect(result.stderr).toContain('run `pnpm changeset`, choose @kakor/catalog');
  });

  it('passes a catalog change with a new changeset that releases @kakor/catalog', async () => {
    const repo = await makeRepo();
    await repo.write('catalog/processors/beta.yaml', 'id: beta\n');
    await repo.write('.changeset/add-beta.md', catalogChangeset.replace("'@kakor/catalog'", '"@kakor/catalog"'));
    repo.commit('catalog with changeset');
    const result = await repo.check();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 catalog file(s) changed; released by .changeset/add-beta.md');
  });

  it('counts a deleted entry as a catalog change', async () => {
    const repo = await makeRepo();
    await unlink(join(repo.dir, 'catalog/processors/acme.yaml'));
    repo.commit('remove acme');
    const result = await repo.check();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('  catalog/processors/acme.yaml\n');
  });

  it('does not count changesets for other packages, a mention in the text, or an edited old changeset', async () => {
    const repo = await makeRepo();
    await repo.write('catalog/processors/acme.yaml', 'id: acme\nname: Acme\n');
    await repo.write('.changeset/cli-table.md', cliChangeset);
    await repo.write('.changeset/old-release.md', `${catalogChangeset}More words.\n`);
    repo.commit('catalog, cli changeset, edited old changeset');
    const result = await repo.check();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The new changesets (.changeset/cli-table.md) release other packages only.');
  });

  it('sees uncommitted work, so it can run before a commit', async () => {
    const repo = await makeRepo();
    await repo.write('catalog/processors/beta.yaml', 'id: beta\n');
    expect((await repo.check()).code).toBe(1);
    await repo.write('.changeset/add-beta.md', catalogChangeset);
    expect((await repo.check()).code).toBe(0);
  });

  it('takes the base ref from BASE_REF, and defaults to origin/main', async () => {
    const repo = await makeRepo();
    await repo.write('catalog/processors/beta.yaml', 'id: beta\n');
    repo.commit('catalog');
    expect(await repo.check([], { BASE_REF: 'main' })).toMatchObject({ code: 1 });
    const missing = await repo.check([]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot compare with the base ref "origin/main"');
    expect(missing.stderr).toContain('git fetch origin main');
  });
});
