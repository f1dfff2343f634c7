/** One thing wrong with the catalog, in a form both people and programs can read. */
export interface CatalogProblem {
  /** What kind of problem: a zod issue code, `yaml`, or a catalog rule such as `duplicate-name`. */
  readonly code: string;
  /** `error` fails validation; `warning` is reported but passes. */
  readonly severity: 'error' | 'warning';
  /** The file, as given to the validator. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** The field, e.g. `cookies[2].duration`; empty for the whole file. */
  readonly path: string;
  /** What was expected and what was found. */
  readonly message: string;
}

/** Renders a path such as `['cookies', 2, 'duration']` as `cookies[2].duration`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${String(segment)}]`;
    else out += (out === '' ? '' : '.') + String(segment);
  }
  return out;
}

/** `file:line:column path: message`, the form editors and CI logs link to. */
export function formatProblem(problem: CatalogProblem): string {
  const where = `${problem.file}:${String(problem.line)}:${String(problem.column)}`;
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${where} ${problem.path === '' ? '' : `${problem.path}: `}${prefix}${problem.message}`;
}

/** Shows a value found in a file briefly: strings quoted, long values cut. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (an empty value)';
  if (Array.isArray(value)) return `a list of ${String(value.length)}`;
  if (typeof value === 'object') return 'a mapping';
  const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return shown.length > 80 ? `${shown.slice(0, 77)}…" (${String(String(value).length)} characters)` : shown;
}
