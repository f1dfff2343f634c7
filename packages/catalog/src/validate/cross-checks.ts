import { basename, extname } from 'node:path';
import { patternsOverlap } from '../pattern';
import { claimKey, claimsMeet, claimsOf, placeOf, problemAt, problemAtClaim, type Claim } from './claims';
import type { ParsedEntryFile } from './parse-entry';
import type { CatalogProblem } from './problem';
import { checkSharedWithLists, identicalClaimProblem } from './shared-items';

function checkIds(files: readonly ParsedEntryFile[]): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const ids = new Map<string, ParsedEntryFile>();
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
  }
  return problems;
}

// The same name or pattern claimed twice: an error unless two entries share it both ways.
function checkIdenticalClaims(claims: readonly Claim[]): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const earlierClaims = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = claimKey(claim);
    const earlier = earlierClaims.get(key) ?? [];
    for (const other of earlier) {
      if (!claimsMeet(other, claim)) continue;
      const problem = identicalClaimProblem(other, claim);
      if (problem) problems.push(problem);
    }
    earlierClaims.set(key, [...earlier, claim]);
  }
  return problems;
}

// Different patterns of different entries that some name matches both, and names a pattern of another entry matches.
function checkOverlaps(claims: readonly Claim[]): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const patterns = claims.filter((claim) => claim.field === 'pattern');
  const names = claims.filter((claim) => claim.field === 'name');
  for (let i = 0; i < patterns.length; i++) {
    const a = patterns[i] as Claim;
    for (let j = i + 1; j < patterns.length; j++) {
      const b = patterns[j] as Claim;
      if (a.file === b.file || !claimsMeet(a, b) || a.text === b.text || !patternsOverlap(a.text, b.text)) continue;
      // A fixed-beginning and a fixed-end pattern always share some name: worth a look, not a stop.
      const crossing = a.text.startsWith('*') !== b.text.startsWith('*');
      problems.push(
        problemAtClaim(
          b,
          'overlapping-patterns',
          `the pattern "${b.text}" overlaps "${a.text}" of ${placeOf(a)}: some names would match both; ${crossing ? 'the one with more fixed characters wins' : 'make one of them more specific'}`,
          { severity: crossing ? 'warning' : 'error' },
        ),
      );
    }
    for (const name of names) {
      // The exact name wins either way; worth a look only when the two would be consented to differently.
      if (name.file === a.file || !claimsMeet(name, a) || name.category === a.category || !patternsOverlap(a.text, name.text)) continue;
      problems.push(
        problemAtClaim(name, 'name-matches-pattern', `the name "${name.text}" (${name.category}) also matches the pattern "${a.text}" (${a.category}) of ${a.file.file}; the exact name wins, check that this is meant`, {
          severity: 'warning',
        }),
      );
    }
  }
  return problems;
}

/** The rules that look across fields and files: ids, names and patterns claimed twice or shared, overlapping patterns. */
export function crossCheck(files: readonly ParsedEntryFile[]): CatalogProblem[] {
  const claims = files.flatMap(claimsOf);
  return [...checkIds(files), ...checkIdenticalClaims(claims), ...checkOverlaps(claims), ...checkSharedWithLists(claims, files)];
}
