export * from './generated/rules/index';
export type { CatalogRules, CookieRule } from './rules-types';
