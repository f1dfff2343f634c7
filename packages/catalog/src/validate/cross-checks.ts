import { basename, extname } from 'node:path';
import { patternsOverlap } from '../pattern';
import type { ParsedEntryFile } from './parse-entry';
import { formatPath, type CatalogProblem } from './problem';

interface Claim {
  readonly file: ParsedEntryFile;
  readonly index: number;
  readonly text: string;
  readonly storage: string;
}

function problemAt(
  file: ParsedEntryFile,
  path: readonly PropertyKey[],
  code: string,
  message: string,
  severity: CatalogProblem['severity'] = 'error',
): CatalogProblem {
  return { code, severity, file: file.file, ...file.locate(path), path: formatPath(path), message };
}

/** The rules that look across fields and files: ids, names claimed twice, overlapping patterns. */
export function crossCheck(files: readonly ParsedEntryFile[]): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const ids = new Map<string, ParsedEntryFile>();
  const names = new Map<string, Claim>();
  const patterns: Claim[] = [];

  for (const file of files) {
    const entry = file.entry;
    if (!entry) continue;
    const expectedId = basename(file.file, extname(file.file));
    if (entry.id !== expectedId) {
      problems.push(problemAt(file, ['id'], 'id-file-name', `expected the id to equal the file name "${expectedId}", received "${entry.id}"; rename the file or change the id`));
    }
    const first = ids.get(entry.id);
    if (first) {
      problems.push(problemAt(file, ['id'], 'duplicate-id', `the id "${entry.id}" is already used by ${first.file}; ids must be unique`));
    } else {
      ids.set(entry.id, file);
    }
    entry.cookies.forEach((cookie, index) => {
      const claim = { file, index, storage: cookie.storage, text: cookie.name ?? cookie.pattern ?? '' };
      if (cookie.name === undefined) {
        patterns.push(claim);
        return;
      }
      const key = `${cookie.storage}\u0000${cookie.name}`;
      const earlier = names.get(key);
      if (earlier) {
        problems.push(
          problemAt(file, ['cookies', index, 'name'], 'duplicate-name', `the ${cookie.storage} name "${cookie.name}" is already claimed by ${earlier.file.file} (cookies[${String(earlier.index)}]); a name belongs to one entry`),
        );
      } else {
        names.set(key, claim);
      }
    });
  }

  for (let i = 0; i < patterns.length; i++) {
    const a = patterns[i] as Claim;
    for (let j = i + 1; j < patterns.length; j++) {
      const b = patterns[j] as Claim;
      if (a.file === b.file || a.storage !== b.storage || !patternsOverlap(a.text, b.text)) continue;
      // A fixed-beginning and a fixed-end pattern always share some name: worth a look, not a stop.
      const crossing = a.text.startsWith('*') !== b.text.startsWith('*');
      problems.push(
        problemAt(
          b.file,
          ['cookies', b.index, 'pattern'],
          'overlapping-patterns',
          `the pattern "${b.text}" overlaps "${a.text}" of ${a.file.file} (cookies[${String(a.index)}]): some names would match both; ${crossing ? 'the one with more fixed characters wins' : 'make one of them more specific'}`,
          crossing ? 'warning' : 'error',
        ),
      );
    }
    for (const claim of names.values()) {
      if (claim.file === a.file || claim.storage !== a.storage || !patternsOverlap(a.text, claim.text)) continue;
      problems.push(
        problemAt(claim.file, ['cookies', claim.index, 'name'], 'name-matches-pattern', `the name "${claim.text}" also matches the pattern "${a.text}" of ${a.file.file}; the exact name wins, check that this is meant`, 'warning'),
      );
    }
  }
  return problems;
}
