/** What went wrong, as data: `unreachable`, `authentication`, `read-only`, … */
export type ConsentLogErrorCode =
  | 'invalid-record'
  | 'invalid-argument'
  | 'unreachable'
  | 'authentication'
  | 'read-only'
  | 'permission'
  | 'missing-database'
  | 'closed'
  | 'database';

/** Every failure of the consent log: a `code` to branch on and a message that names the cause and what to do. */
export class ConsentLogError extends Error {
  /** What went wrong. */
  readonly code: ConsentLogErrorCode;
  /** The record field at fault, for `invalid-record`. */
  readonly field?: string;

  /** @param code what went wrong; @param message the cause and what to do. */
  constructor(code: ConsentLogErrorCode, message: string, options: { cause?: unknown; field?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ConsentLogError';
    this.code = code;
    if (options.field !== undefined) this.field = options.field;
  }
}

const unreachableCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);

/** Turns a driver error into a `ConsentLogError` that says what failed, where, and what to do. */
export function databaseError(action: string, where: string, error: unknown): ConsentLogError {
  if (error instanceof ConsentLogError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const detail = error instanceof Error ? error.message : String(error);
  const fail = (kind: ConsentLogErrorCode, reason: string) => new ConsentLogError(kind, `could not ${action}: ${reason}`, { cause: error });
  const lostConnection = code === '' && /connection terminated|timeout|ECONNREFUSED|Connection closed/i.test(detail);
  if (unreachableCodes.has(code) || code.startsWith('08') || code.startsWith('57P') || lostConnection) {
    return fail('unreachable', `cannot reach the database at ${where} (${code || detail}); check that it is running and that the host and port are right`);
  }
  if (code === '28P01' || code === '28000') return fail('authentication', `the database at ${where} refused the credentials (${detail}); check the user and password in the connection URL`);
  if (code === '25006') return fail('read-only', `the database at ${where} is read-only (${detail}); point the log at a primary that accepts writes`);
  if (code === '42501') return fail('permission', `the database user may not do this at ${where} (${detail}); grant it CREATE on the schema and INSERT, SELECT, DELETE on the kakor_ tables`);
  if (code === '3D000') return fail('missing-database', `${detail} at ${where}; create it first (createdb) or fix the database name in the URL`);
  return fail('database', `${detail}${code ? ` (SQLSTATE ${code})` : ''} at ${where}`);
}
