import { isLanguageTag, optionalCategories, type ConsentRecord, type ConsentSource, type OptionalCategory } from '@kakor/consent';
import { ConsentLogError } from './errors';

/**
 * A consent to log: what `@kakor/node` hands `onConsent` (the `ConsentRecord` of
 * `@kakor/consent`, locale included), plus what the server may know besides.
 */
export interface ConsentEntry extends ConsentRecord {
  /** A hash of the policy text the visitor was shown; computed from the log's `site` for the entry's locale when absent. */
  readonly policyHash?: string;
  /** The visitor's IP address: never stored, only its keyed hash, and only when the log has an `ipHashKey`. */
  readonly ip?: string;
}

/** The columns one entry becomes, checked and cleaned. */
export interface EntryRow {
  readonly consentId: string;
  readonly givenAt: Date;
  readonly expiresAt: Date;
  readonly categories: Record<OptionalCategory, boolean>;
  readonly processors: Record<string, boolean>;
  readonly fingerprint: string;
  readonly gpc: boolean;
  readonly source: ConsentSource;
  readonly userAgent: string | null;
  readonly locale: string | null;
}

const sources: readonly ConsentSource[] = ['banner', 'api', 'gpc', 'default'];
const consentIdPattern = /^[A-Za-z0-9_-]{1,128}$/;
const processorIdPattern = /^[a-z0-9][a-z0-9-]{0,99}$/;
const fingerprintPattern = /^[A-Za-z0-9_.:-]{1,128}$/;
/** Hash strings: `sha256:` and hex, or any other short token without spaces. */
export const policyHashPattern = /^[A-Za-z0-9:+/=_-]{1,200}$/;
const maxProcessors = 1000;
// eslint-disable-next-line no-control-regex -- the point is to remove control characters
const controlCharacters = /[\u0000-\u001f\u007f]/g;

const invalid = (field: string, expected: string, found: unknown): ConsentLogError => {
  const shown = typeof found === 'string' ? JSON.stringify(found.length > 40 ? `${found.slice(0, 40)}…` : found) : found === null ? 'null' : typeof found;
  return new ConsentLogError('invalid-record', `cannot record consent: ${field} must be ${expected}, found ${shown}; nothing was stored`, { field });
};

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function toDate(value: unknown, field: string): Date {
  const date = value instanceof Date ? value : typeof value === 'number' ? new Date(value) : undefined;
  if (date === undefined || Number.isNaN(date.getTime())) throw invalid(field, 'a valid Date', value);
  return date;
}

/** Checks an entry from outside (anything may arrive at run time) and cleans what it stores. */
export function entryRow(entry: unknown, userAgentLength: number): EntryRow {
  if (!isPlainObject(entry)) throw invalid('the record', 'an object like @kakor/node hands onConsent', entry);
  const { id, givenAt, expiresAt, categories, processors, fingerprint, gpc, source, userAgent, locale } = entry;
  if (typeof id !== 'string' || !consentIdPattern.test(id)) throw invalid('id', 'a consent id (1–128 letters, digits, "-" or "_")', id);
  const given = toDate(givenAt, 'givenAt');
  const expires = toDate(expiresAt, 'expiresAt');
  if (!isPlainObject(categories)) throw invalid('categories', 'an object such as {"analytics":true}', categories);
  for (const key of Object.keys(categories)) {
    if (!optionalCategories.includes(key as OptionalCategory)) throw invalid(`categories.${key.slice(0, 40)}`, `one of ${optionalCategories.join(', ')}`, key);
  }
  const chosen = {} as Record<OptionalCategory, boolean>;
  for (const category of optionalCategories) {
    const value = categories[category] ?? false;
    if (typeof value !== 'boolean') throw invalid(`categories.${category}`, 'true or false', value);
    chosen[category] = value;
  }
  if (!isPlainObject(processors)) throw invalid('processors', 'an object such as {"hubspot":false}', processors);
  const overrides = Object.entries(processors).filter(([, value]) => value !== undefined);
  if (overrides.length > maxProcessors) throw invalid('processors', `at most ${String(maxProcessors)} entries`, `${String(overrides.length)} entries`);
  for (const [key, value] of overrides) {
    if (!processorIdPattern.test(key)) throw invalid('processors', 'keyed by catalog ids (lower-case letters, digits and "-")', key);
    if (typeof value !== 'boolean') throw invalid(`processors.${key}`, 'true or false', value);
  }
  if (typeof fingerprint !== 'string' || !fingerprintPattern.test(fingerprint)) throw invalid('fingerprint', "the site's fingerprint", fingerprint);
  if (typeof gpc !== 'boolean') throw invalid('gpc', 'true or false', gpc);
  if (typeof source !== 'string' || !sources.includes(source as ConsentSource)) throw invalid('source', `one of ${sources.join(', ')}`, source);
  if (userAgent !== undefined && typeof userAgent !== 'string') throw invalid('userAgent', 'a string', userAgent);
  if (locale !== undefined && !isLanguageTag(locale)) throw invalid('locale', 'a language tag such as "sv" or "en-GB"', locale);
  const cleanAgent = userAgent === undefined || userAgentLength <= 0 ? '' : [...userAgent.replace(controlCharacters, '')].slice(0, userAgentLength).join('');
  return {
    consentId: id,
    givenAt: given,
    expiresAt: expires,
    categories: chosen,
    processors: Object.fromEntries(overrides) as Record<string, boolean>,
    fingerprint,
    gpc,
    source: source as ConsentSource,
    userAgent: cleanAgent === '' ? null : cleanAgent,
    locale: locale ?? null,
  };
}
