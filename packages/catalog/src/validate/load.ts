import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { CatalogEntry } from '../types';
import { crossCheck } from './cross-checks';
import { parseEntryFile } from './parse-entry';
import { placeholderProblems } from './placeholders';
import type { CatalogProblem } from './problem';

/** The validated catalog, or the problems that keep it from being valid. */
export interface CatalogValidation {
  /** Every file that parsed and passed its own schema, in file-name order. */
  readonly entries: readonly CatalogEntry[];
  /** Every problem found, errors and warnings, in file and line order. */
  readonly problems: readonly CatalogProblem[];
  /** The files read. */
  readonly files: readonly string[];
  /** True when no problem is an error. */
  readonly ok: boolean;
}

/** One file's name and text, for validating without a file system. */
export interface CatalogSourceFile {
  /** The file's name or path, as problems should name it. */
  readonly file: string;
  /** The file's YAML text. */
  readonly source: string;
}

function byPlace(a: CatalogProblem, b: CatalogProblem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

/** Validates catalog files given as text: every problem at once, never a throw. */
export function validateCatalogSources(sources: readonly CatalogSourceFile[]): CatalogValidation {
  const parsed = sources.map(({ file, source }) => parseEntryFile(file, source));
  const placeholders = parsed.flatMap((p) => (p.entry ? placeholderProblems({ ...p, entry: p.entry }) : []));
  const problems = [...parsed.flatMap((p) => p.problems), ...placeholders, ...crossCheck(parsed)].sort(byPlace);
  const entries = parsed.flatMap((p) => (p.entry ? [p.entry] : []));
  return { entries, problems, files: sources.map((s) => s.file), ok: !problems.some((p) => p.severity === 'error') };
}

/**
 * Reads and validates a catalog folder: `dir/processors/*.yaml`, or `dir/*.yaml` when
 * there is no `processors` folder. File names in problems are relative to `cwd`.
 */
export async function validateCatalogDir(dir: string, cwd: string = process.cwd()): Promise<CatalogValidation> {
  const folder = existsSync(join(dir, 'processors')) ? join(dir, 'processors') : dir;
  const names = (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name)).sort();
  const sources = await Promise.all(
    names.map(async (name) => ({ file: relative(cwd, join(folder, name)) || name, source: await readFile(join(folder, name), 'utf8') })),
  );
  const result = validateCatalogSources(sources);
  const misnamed = names.filter((name) => name.endsWith('.yml'));
  if (misnamed.length === 0) return result;
  const extra: CatalogProblem[] = misnamed.map((name) => ({
    code: 'file-extension',
    severity: 'error',
    file: relative(cwd, join(folder, name)),
    line: 1,
    column: 1,
    path: '',
    message: 'expected the extension .yaml, received .yml; rename the file',
  }));
  return { ...result, problems: [...extra, ...result.problems].sort(byPlace), ok: false };
}
