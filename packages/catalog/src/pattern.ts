// The catalog's wildcard language: `*` stands for any run of characters (also none);
// every other character stands for itself. Matching never backtracks more than once per
// star, so no pattern can make it slow (no ReDoS).

const regexpSyntax = /[\^$()[\]{}|+?\\]/;
const whitespaceOrControl = /[\s\p{Cc}]/u;
export const maxPatternLength = 256;

/** Why a pattern is outside the wildcard language, or `undefined` when it is fine. */
export function checkPattern(pattern: string): string | undefined {
  if (pattern.length === 0) return 'a pattern must not be empty';
  if (pattern.length > maxPatternLength) return `a pattern has at most ${String(maxPatternLength)} characters, received ${String(pattern.length)}`;
  const syntax = regexpSyntax.exec(pattern);
  if (syntax) {
    return `"${syntax[0]}" looks like regular-expression syntax; patterns take only "*" for the part that varies (e.g. "_ga_*")`;
  }
  if (whitespaceOrControl.test(pattern)) return 'a pattern must not contain spaces or control characters';
  if (!pattern.includes('*')) return 'a pattern without "*" is an exact name: use `name` instead of `pattern`';
  if (pattern.includes('**')) return 'use a single "*" where the name varies, not "**"';
  if (pattern.startsWith('*') && pattern.endsWith('*')) {
    return 'a pattern needs a fixed beginning or a fixed end (e.g. "_ga_*" or "*_session"), not "*" at both ends';
  }
  return undefined;
}

/** Whether `name` matches `pattern`, case-sensitively. */
export function matchesPattern(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (n < name.length) {
    if (p < pattern.length && pattern[p] === '*') {
      starAt = p++;
      resumeAt = n;
    } else if (p < pattern.length && pattern[p] === name[n]) {
      p++;
      n++;
    } else if (starAt !== -1) {
      p = starAt + 1;
      n = ++resumeAt;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

/** The fixed characters before the first `*`. */
export function literalPrefix(pattern: string): string {
  const star = pattern.indexOf('*');
  return star === -1 ? pattern : pattern.slice(0, star);
}

/** The fixed characters after the last `*`. */
export function literalSuffix(pattern: string): string {
  return pattern.slice(pattern.lastIndexOf('*') + 1);
}

/** How many fixed characters a pattern has: the more, the more specific. */
export function patternSpecificity(pattern: string): number {
  let fixed = 0;
  for (const char of pattern) if (char !== '*') fixed++;
  return fixed;
}

/** Whether some name matches both patterns (or a pattern and an exact name). */
export function patternsOverlap(a: string, b: string): boolean {
  // Emptiness of the product of the two patterns' automata: state (i, j) means
  // a[0..i) and b[0..j) have consumed the same text.
  const seen = new Set<number>();
  const width = b.length + 1;
  const stack: [number, number][] = [[0, 0]];
  while (stack.length > 0) {
    const [i, j] = stack.pop() as [number, number];
    const key = i * width + j;
    if (seen.has(key)) continue;
    seen.add(key);
    if (i === a.length && j === b.length) return true;
    const ca = a[i];
    const cb = b[j];
    if (ca === '*') stack.push([i + 1, j]);
    if (cb === '*') stack.push([i, j + 1]);
    if (ca === undefined || cb === undefined) continue;
    if (ca === '*' && cb !== '*') stack.push([i, j + 1]);
    else if (cb === '*' && ca !== '*') stack.push([i + 1, j]);
    else if (ca === cb && ca !== '*') stack.push([i + 1, j + 1]);
  }
  return false;
}

/**
 * Orders cookie definitions by how well a match with them fits: exact names first, then
 * patterns with more fixed characters, then a longer fixed beginning; cookies before other
 * storage. Negative when `a` wins.
 */
export function compareCookies(a: { readonly name?: string; readonly pattern?: string; readonly storage: string }, b: typeof a): number {
  const storage = Number(a.storage !== 'cookie') - Number(b.storage !== 'cookie');
  if (a.name !== undefined || b.name !== undefined) return Number(a.name === undefined) - Number(b.name === undefined) || storage;
  const x = a.pattern ?? '';
  const y = b.pattern ?? '';
  return patternSpecificity(y) - patternSpecificity(x) || literalPrefix(y).length - literalPrefix(x).length || (x < y ? -1 : x > y ? 1 : 0) || storage;
}
