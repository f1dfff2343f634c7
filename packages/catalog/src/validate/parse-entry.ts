import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import { catalogEntrySchema } from '../schema';
import type { CatalogEntry } from '../types';
import { describeValue, formatPath, type CatalogProblem } from './problem';

/** Finds the line and column of a field in a parsed file. */
export type Locate = (path: readonly PropertyKey[], at?: 'key' | 'value') => { line: number; column: number };

/** One file's entry (when valid), its problems, and a way to point into it. */
export interface ParsedEntryFile {
  readonly file: string;
  readonly entry: CatalogEntry | undefined;
  readonly problems: CatalogProblem[];
  readonly locate: Locate;
}

const maxFileBytes = 1024 * 1024;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(value, segment)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function issueMessage(issue: z.core.$ZodIssue, data: unknown): { path: readonly PropertyKey[]; message: string; at: 'key' | 'value' } {
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const others = issue.keys.length > 1 ? ` (and ${issue.keys.slice(1).map((k) => `"${k}"`).join(', ')})` : '';
    return {
      path: [...issue.path, key],
      at: 'key',
      message: `unknown field "${key}"${others}; check its spelling against catalog/CONTRIBUTING.md`,
    };
  }
  const found = valueAt(data, issue.path);
  if (found === undefined && issue.path.length > 0) {
    return { path: issue.path, at: 'value', message: `missing; ${issue.message}` };
  }
  return { path: issue.path, at: 'value', message: `${issue.message}, received ${describeValue(found)}` };
}

/** Parses and validates one catalog file. Never throws: every failure is a problem. */
export function parseEntryFile(file: string, source: string): ParsedEntryFile {
  const lineCounter = new LineCounter();
  const problems: CatalogProblem[] = [];
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problem = (code: string, path: readonly PropertyKey[], message: string, where: { line: number; column: number }): void => {
    problems.push({ code, severity: 'error', file, ...where, path: formatPath(path), message });
  };

  if (source.length > maxFileBytes) {
    problem('too-large', [], `the file has ${String(source.length)} characters; a catalog entry stays under ${String(maxFileBytes)}`, { line: 1, column: 1 });
    return { file, entry: undefined, problems, locate: () => ({ line: 1, column: 1 }) };
  }

  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });

  const locate: Locate = (path, at = 'value') => {
    let node: unknown = doc.contents;
    let found: Node | undefined = doc.contents ?? undefined;
    for (const [index, segment] of path.entries()) {
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
        if (pair && isPair(pair)) {
          const wantsKey = at === 'key' && index === path.length - 1;
          next = wantsKey ? pair.key : (pair.value ?? pair.key);
        }
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment];
      }
      if (next === undefined || next === null) break;
      node = next;
      found = next as Node;
    }
    return found?.range ? position(found.range[0]) : { line: 1, column: 1 };
  };

  for (const error of doc.errors) {
    const where = error.linePos?.[0] ? { line: error.linePos[0].line, column: error.linePos[0].col } : position(error.pos[0]);
    problem('yaml', [], `${error.message.split('\n')[0] ?? error.message} (the file is not valid YAML)`, where);
  }
  if (problems.length > 0) return { file, entry: undefined, problems, locate };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 0 });
  } catch (error) {
    problem('yaml', [], `the YAML could not be read: ${(error as Error).message}`, { line: 1, column: 1 });
    return { file, entry: undefined, problems, locate };
  }
  if (data === null || data === undefined) {
    problem('empty', [], 'the file is empty; a catalog entry is a mapping with id, name, kind, …', { line: 1, column: 1 });
    return { file, entry: undefined, problems, locate };
  }

  const result = catalogEntrySchema.safeParse(data);
  if (result.success) return { file, entry: result.data, problems, locate };
  for (const issue of result.error.issues) {
    const { path, message, at } = issueMessage(issue, data);
    problem(issue.code, path, message, locate(path, at));
  }
  return { file, entry: undefined, problems, locate };
}
