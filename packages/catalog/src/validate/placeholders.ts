import type { CatalogEntry } from '../types';
import type { ParsedEntryFile } from './parse-entry';
import { formatPath, type CatalogProblem } from './problem';

const placeholder = /\bTODO\b|^https:\/\/example\.com(\/|$)/;

function* placeholderPaths(value: unknown, path: PropertyKey[] = []): Generator<PropertyKey[]> {
  if (typeof value === 'string') {
    if (placeholder.test(value)) yield path;
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* placeholderPaths(item, [...path, index]);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) yield* placeholderPaths(item, [...path, key]);
  }
}

/**
 * Warnings for values `kakor new` left as placeholders (a `TODO`, an example.com address): the
 * file is valid, but not ready to send. The repository's tests refuse them in the real catalog.
 */
export function placeholderProblems(parsed: ParsedEntryFile & { readonly entry: CatalogEntry }): CatalogProblem[] {
  return [...placeholderPaths(parsed.entry)].map((path) => ({
    code: 'placeholder',
    severity: 'warning',
    file: parsed.file,
    ...parsed.locate(path),
    path: formatPath(path),
    message: 'still holds a placeholder from `kakor new`; replace it with the fact from the vendor\'s page',
  }));
}

/** Whether a text is still a `kakor new` placeholder, so it does not count as translated. */
export function isPlaceholder(text: string): boolean {
  return placeholder.test(text);
}
