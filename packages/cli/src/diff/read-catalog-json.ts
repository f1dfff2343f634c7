import type { CatalogEntry } from '@kakor/catalog';
import { readFile } from 'node:fs/promises';

/** A catalog.json's entries, or why the file could not be used. */
export type CatalogJsonResult = { readonly ok: true; readonly entries: readonly CatalogEntry[] } | { readonly ok: false; readonly message: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

// Only what the diff relies on: older catalogs may lack fields the current schema requires.
function shapeProblem(data: unknown): string | undefined {
  if (!isObject(data) || !Array.isArray(data.entries)) return 'expected an object with an "entries" list';
  for (const [index, entry] of data.entries.entries()) {
    const at = `entries[${String(index)}]`;
    if (!isObject(entry) || typeof entry.id !== 'string') return `expected ${at} to be an entry with an "id"`;
    if (!Array.isArray(entry.cookies)) return `expected ${at} ("${entry.id}") to have a "cookies" list`;
    for (const [position, cookie] of entry.cookies.entries()) {
      if (!isObject(cookie) || (typeof cookie.name !== 'string' && typeof cookie.pattern !== 'string')) {
        return `expected ${at}.cookies[${String(position)}] ("${entry.id}") to have a "name" or a "pattern"`;
      }
    }
  }
  return undefined;
}

function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  return error instanceof Error ? error.message : String(error);
}

/** Reads a catalog.json as `@kakor/catalog` builds it; `shownAs` names the file in messages. */
export async function readCatalogJson(path: string, shownAs: string): Promise<CatalogJsonResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, message: `cannot read ${shownAs}: ${readProblem(error)}` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `${shownAs} is not valid JSON (${(error as Error).message}); pass a catalog.json as @kakor/catalog builds it` };
  }
  const problem = shapeProblem(data);
  if (problem) return { ok: false, message: `${shownAs} is not a Kakor catalog.json: ${problem}` };
  return { ok: true, entries: (data as { entries: CatalogEntry[] }).entries };
}
