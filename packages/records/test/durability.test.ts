import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConsentLog, type ConsentLog } from '../src';
import { freshPostgresDatabase } from './helpers';

async function allIds(log: ConsentLog): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await log.list({ limit: 10_000, ...(cursor === undefined ? {} : { cursor }) });
    ids.push(...page.records.map((row) => row.consentId));
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return ids;
}

/** Starts the writer process, waits for `acknowledgedBefore` ids, kills it with SIGKILL, and returns every id it acknowledged. */
async function killWriterMidRun(database: string, acknowledgedBefore: number): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fixtures/acknowledging-writer.ts'), database, '8'], {
    cwd: join(import.meta.dirname, '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.split('\n').length > acknowledgedBefore) {
        child.kill('SIGKILL');
        resolve();
      }
    });
    void exited.then(() => reject(new Error(`the writer exited before it was killed: ${err}`)));
  });
  expect(await exited).toBe('SIGKILL');
  const lines = out.split('\n');
  lines.pop(); // an id is acknowledged only with its newline
  return lines;
}

describe('a writer process killed with SIGKILL mid-run', () => {
  it('loses nothing it had acknowledged, on PostgreSQL', async () => {
    const url = await freshPostgresDatabase();
    const acknowledged = await killWriterMidRun(url, 300);
    expect(acknowledged.length).toBeGreaterThanOrEqual(300);
    const log = createConsentLog({ database: url });
    const stored = new Set(await allIds(log));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    await log.close();
  });

  it('loses nothing it had acknowledged, on PGlite in a directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kakor-pglite-'));
    try {
      const acknowledged = await killWriterMidRun(dir, 300);
      const log = createConsentLog({ database: dir });
      const stored = new Set(await allIds(log));
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      await log.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
