export { createConsentLog, type ConsentLog, type ConsentLogOptions, type ConsentPage, type ExportOptions, type ListOptions, type PurgeOptions, type PurgeResult } from './consent-log';
export type { ConsentEntry } from './consent-entry';
export type { DatabaseOption, PGliteLike, PGliteTransactionLike, PgClientLike, PgPoolLike, QueryResultLike } from './database';
export { ConsentLogError, type ConsentLogErrorCode } from './errors';
export type { ExportFormat } from './export-format';
export type { LoggedConsent } from './logged-consent';
export { migrations, type Migration } from './migrations';
export { policyHash } from './policy-hash';
