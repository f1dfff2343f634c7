import type { ConsentSource, OptionalCategory } from '@kakor/consent';

/** One row of the log, as `find`, `list` and `export` give it back. */
export interface LoggedConsent {
  /** The row's position in the log; increases with every insert. */
  readonly seq: string;
  /** The consent's id, as on the visitor's receipt. */
  readonly consentId: string;
  /** When the log stored it (the database's clock). */
  readonly recordedAt: Date;
  /** When the visitor gave it. */
  readonly givenAt: Date;
  /** When it lapses. */
  readonly expiresAt: Date;
  /** The choice per optional category. */
  readonly categories: Readonly<Record<OptionalCategory, boolean>>;
  /** Choices per processor id that override their category. */
  readonly processors: Readonly<Record<string, boolean>>;
  /** The site fingerprint it was given under. */
  readonly fingerprint: string;
  /** The hash of the policy text shown, or `null` when unknown. */
  readonly policyHash: string | null;
  /** The visitor's locale, or `null` when unknown. */
  readonly locale: string | null;
  /** Whether Global Privacy Control was on. */
  readonly gpc: boolean;
  /** Where it came from. */
  readonly source: ConsentSource;
  /** The truncated `User-Agent`, or `null`. */
  readonly userAgent: string | null;
  /** The keyed hash of the visitor's IP address, or `null` (the default: no IP is kept). */
  readonly ipHash: string | null;
}

/** The columns selected for a `LoggedConsent`, in export order. */
export const selectColumns = `seq::text AS seq, consent_id, recorded_at, given_at, expires_at, categories, processors, site_fingerprint, policy_hash, locale, gpc, source, user_agent, ip_hash`;

/** A row as the drivers return it. */
export interface RecordRow {
  seq: string;
  consent_id: string;
  recorded_at: Date | string;
  given_at: Date | string;
  expires_at: Date | string;
  categories: Record<OptionalCategory, boolean> | string;
  processors: Record<string, boolean> | string;
  site_fingerprint: string;
  policy_hash: string | null;
  locale: string | null;
  gpc: boolean;
  source: ConsentSource;
  user_agent: string | null;
  ip_hash: string | null;
}

const asDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));
const asJson = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

/** A driver row as a `LoggedConsent`. */
export function loggedConsent(row: RecordRow): LoggedConsent {
  return {
    seq: row.seq,
    consentId: row.consent_id,
    recordedAt: asDate(row.recorded_at),
    givenAt: asDate(row.given_at),
    expiresAt: asDate(row.expires_at),
    categories: asJson(row.categories),
    processors: asJson(row.processors),
    fingerprint: row.site_fingerprint,
    policyHash: row.policy_hash,
    locale: row.locale,
    gpc: row.gpc,
    source: row.source,
    userAgent: row.user_agent,
    ipHash: row.ip_hash,
  };
}
