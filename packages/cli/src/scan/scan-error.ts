/** Why a scan could not run: a reason code for programs, a message for people. */
export type ScanErrorCode = 'usage' | 'browser-not-found' | 'browser-failed' | 'unreachable' | 'tls' | 'timeout' | 'not-html' | 'redirect-loop' | 'http-error';

/** A scan that could not run (exit code 2); the message says what went wrong and what to do. */
export class ScanError extends Error {
  /** What kind of problem it was. */
  readonly code: ScanErrorCode;

  constructor(code: ScanErrorCode, message: string) {
    super(message);
    this.name = 'ScanError';
    this.code = code;
  }
}
