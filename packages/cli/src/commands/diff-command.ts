import { resolve } from 'node:path';
import { diffCatalogs } from '../diff/diff-catalogs';
import { readCatalogJson } from '../diff/read-catalog-json';
import { renderDiffMarkdown } from '../diff/render-diff-markdown';
import type { CliIo } from '../io';

/** Options of `kakor diff`. */
export interface DiffOptions {
  readonly json?: boolean;
}

/** `kakor diff OLD NEW [--json]`: what changed between two catalog.json files; returns the exit code. */
export async function diffCommand(oldFile: string, newFile: string, options: DiffOptions, io: CliIo): Promise<number> {
  const [before, after] = await Promise.all([readCatalogJson(resolve(io.cwd, oldFile), oldFile), readCatalogJson(resolve(io.cwd, newFile), newFile)]);
  const failures = [before, after].flatMap((result) => (result.ok ? [] : [result.message]));
  if (!before.ok || !after.ok) {
    for (const message of failures) io.stderr(`kakor diff: ${message}\n`);
    return 1;
  }
  const diff = diffCatalogs(before.entries, after.entries);
  io.stdout(options.json ? `${JSON.stringify(diff, null, 2)}\n` : renderDiffMarkdown(diff));
  return 0;
}
