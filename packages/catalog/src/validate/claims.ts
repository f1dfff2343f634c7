import { domainsOverlap } from '../cookie-domain';
import type { ParsedEntryFile } from './parse-entry';
import { formatPath, type CatalogProblem } from './problem';

/** One item's claim on a name or pattern, with where it was written. */
export interface Claim {
  /** The file that holds the item. */
  readonly file: ParsedEntryFile;
  /** The id of the entry that holds the item. */
  readonly entryId: string;
  /** The item's index in `cookies`. */
  readonly index: number;
  /** Whether the item claims an exact name or a pattern. */
  readonly field: 'name' | 'pattern';
  /** The name or pattern. */
  readonly text: string;
  /** Where the item lives: the same text in two storages is two claims that never meet. */
  readonly storage: string;
  /** The ids the item lists in `sharedWith`. */
  readonly sharedWith: readonly string[];
  /** The domain the item is bound to: claims on disjoint domains never meet. */
  readonly domain: string | undefined;
  /** The item's consent category. */
  readonly category: string;
}

/** Every name and pattern the valid entry of a file claims. */
export function claimsOf(file: ParsedEntryFile): Claim[] {
  const entry = file.entry;
  if (!entry) return [];
  return entry.cookies.map((cookie, index) => ({
    file,
    entryId: entry.id,
    index,
    field: cookie.name === undefined ? 'pattern' : 'name',
    text: cookie.name ?? cookie.pattern ?? '',
    storage: cookie.storage,
    sharedWith: cookie.sharedWith ?? [],
    domain: cookie.domain,
    category: cookie.category,
  }));
}

/** Equal for two claims on the very same name or pattern in the same storage (they meet when their domains overlap too). */
export const claimKey = (claim: Claim): string => `${claim.storage}\u0000${claim.field}\u0000${claim.text}`;

/** Whether two claims can hold the same cookie: same storage, and domains that overlap. */
export const claimsMeet = (a: Claim, b: Claim): boolean => a.storage === b.storage && domainsOverlap(a.domain, b.domain);

/** How a claim is named in messages: `the cookie name "_ga"`, `the localStorage pattern "hj_*"`, `the cookie name "IDE" on .doubleclick.net`. */
export const describeClaim = (claim: Claim): string => `the ${claim.storage} ${claim.field} "${claim.text}"${claim.domain === undefined ? '' : ` on ${claim.domain}`}`;

/** Where a claim was written, for messages that point from one file to another. */
export const placeOf = (claim: Claim): string => `${claim.file.file} (cookies[${String(claim.index)}])`;

/** A problem located at a field of a file. */
export function problemAt(
  file: ParsedEntryFile,
  path: readonly PropertyKey[],
  code: string,
  message: string,
  severity: CatalogProblem['severity'] = 'error',
): CatalogProblem {
  return { code, severity, file: file.file, ...file.locate(path), path: formatPath(path), message };
}

/** A problem located at a claim's `name` or `pattern` (or a field below its item). */
export function problemAtClaim(
  claim: Claim,
  code: string,
  message: string,
  options: { readonly severity?: CatalogProblem['severity']; readonly field?: readonly PropertyKey[] } = {},
): CatalogProblem {
  return problemAt(claim.file, ['cookies', claim.index, ...(options.field ?? [claim.field])], code, message, options.severity);
}
