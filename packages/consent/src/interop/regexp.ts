import type { CookieDefinition } from '@kakor/catalog';

const regexpSpecial = /[.*+?^${}()|[\]\\]/g;

/**
 * A catalog pattern as an anchored RegExp: each `*` becomes `.*`, every other character
 * stands for itself (`.` included). Catalog patterns have at most a few stars and cookie
 * names are short, so the `.*` runs cannot backtrack for long.
 *
 * @example
 * patternToRegExp('_pk_id.*'); // /^_pk_id\..*$/
 * patternToRegExp('*_session'); // /^.*_session$/
 */
export function patternToRegExp(pattern: string): RegExp {
  return new RegExp(`^${pattern
    .split('*')
    .map((part) => part.replace(regexpSpecial, '\\$&'))
    .join('.*')}$`);
}

/**
 * An item's name for a tool that takes a string or a RegExp: the exact name as a string, a
 * pattern as an anchored RegExp.
 *
 * @example
 * cookieNameMatcher({ name: '_ga' }); // '_ga'
 * cookieNameMatcher({ pattern: '_ga_*' }); // /^_ga_.*$/
 */
export function cookieNameMatcher(cookie: Pick<CookieDefinition, 'name' | 'pattern'>): string | RegExp {
  return cookie.name ?? patternToRegExp(cookie.pattern ?? '');
}
