import { basename, extname } from 'node:path';
import { claimKey, claimsMeet, describeClaim, placeOf, problemAtClaim, type Claim } from './claims';
import type { ParsedEntryFile } from './parse-entry';
import type { CatalogProblem } from './problem';

// Two entries may claim the very same name or pattern only when both really set it (Matomo
// and its fork Piwik PRO), and say so: each item lists the other entry's id in `sharedWith`.

/** Whether two claims of different entries on the same text list each other in `sharedWith`. */
export function sharedBothWays(a: Claim, b: Claim): boolean {
  return a.sharedWith.includes(b.entryId) && b.sharedWith.includes(a.entryId);
}

/** The problem with `later` claiming what `earlier` claims, unless the two share it both ways. */
export function identicalClaimProblem(earlier: Claim, later: Claim): CatalogProblem | undefined {
  if (earlier.file === later.file) {
    return problemAtClaim(later, `duplicate-${later.field}`, `${describeClaim(later)} is already claimed by cookies[${String(earlier.index)}] of this file; list each ${later.field} once`);
  }
  if (sharedBothWays(earlier, later)) return undefined;
  const earlierLists = earlier.sharedWith.includes(later.entryId);
  const laterLists = later.sharedWith.includes(earlier.entryId);
  if (earlierLists !== laterLists) {
    const [listing, missing] = earlierLists ? [earlier, later] : [later, earlier];
    const field = missing.sharedWith.length > 0 ? ['sharedWith'] : [missing.field];
    return problemAtClaim(
      missing,
      'shared-one-way',
      `${placeOf(listing)} lists "${missing.entryId}" in sharedWith for ${describeClaim(missing)}, but this item does not list "${listing.entryId}"; add "${listing.entryId}" to this item's sharedWith`,
      { field },
    );
  }
  return problemAtClaim(
    later,
    `duplicate-${later.field}`,
    `${describeClaim(later)} is already claimed by ${placeOf(earlier)}; a ${later.field} belongs to one entry. If both really set it, add \`sharedWith: [${earlier.entryId}]\` to this item and \`sharedWith: [${later.entryId}]\` to that one`,
  );
}

/**
 * Checks every `sharedWith` list: each id names an entry, and that entry claims the same
 * name or pattern. An id whose file did not pass its own schema is left to that file's problems.
 */
export function checkSharedWithLists(claims: readonly Claim[], files: readonly ParsedEntryFile[]): CatalogProblem[] {
  const entryFiles = new Map(files.flatMap((file) => (file.entry ? [[file.entry.id, file.file] as const] : [])));
  const invalidIds = new Set(files.filter((file) => !file.entry).map((file) => basename(file.file, extname(file.file))));
  const claimants = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = claimKey(claim);
    claimants.set(key, [...(claimants.get(key) ?? []), claim]);
  }

  const problems: CatalogProblem[] = [];
  for (const claim of claims) {
    claim.sharedWith.forEach((id, position) => {
      const field = ['sharedWith', position];
      const file = entryFiles.get(id);
      if (file === undefined) {
        if (invalidIds.has(id)) return;
        problems.push(
          problemAtClaim(claim, 'unknown-shared-id', `sharedWith names "${id}", but no catalog entry has that id; check its spelling, or add ${id}.yaml in the same change`, { field }),
        );
      } else if (!claimants.get(claimKey(claim))?.some((other) => other.entryId === id && claimsMeet(other, claim))) {
        problems.push(
          problemAtClaim(
            claim,
            'shared-without-counterpart',
            `sharedWith names "${id}", but ${file} has no item with ${describeClaim(claim)}; add it there (with \`sharedWith: [${claim.entryId}]\`) or remove "${id}" from this list`,
            { field },
          ),
        );
      }
    });
  }
  return problems;
}
