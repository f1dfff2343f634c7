import { ScanError } from './scan-error';

/** A Playwright navigation failure as a {@link ScanError} that names what went wrong. */
export function navigationError(url: string, error: unknown, timeoutMs: number): ScanError {
  const text = error instanceof Error ? error.message : String(error);
  const first = text.split('\n')[0] ?? text;
  if (/Timeout \d+ms exceeded|TimeoutError/i.test(text)) {
    return new ScanError('timeout', `${url} did not load within ${String(timeoutMs / 1000)} s; raise --timeout if the site is slow`);
  }
  if (/ERR_TOO_MANY_REDIRECTS/.test(text)) return new ScanError('redirect-loop', `${url} redirects in a loop (net::ERR_TOO_MANY_REDIRECTS)`);
  if (/ERR_CERT_|ERR_SSL_|SSL_PROTOCOL/.test(text)) {
    const code = /net::(ERR_[A-Z_]+)/.exec(text)?.[1] ?? 'TLS error';
    return new ScanError('tls', `${url}: the TLS certificate or handshake was refused (${code})`);
  }
  if (/ERR_NAME_NOT_RESOLVED|ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET|ERR_ADDRESS_UNREACHABLE|ERR_CONNECTION_CLOSED|ERR_EMPTY_RESPONSE|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_TIMED_OUT/.test(text)) {
    const code = /net::(ERR_[A-Z_]+)/.exec(text)?.[1] ?? '';
    return new ScanError('unreachable', `${url} is unreachable (${code}); is the server running and the URL right?`);
  }
  return new ScanError('unreachable', `${url} could not be opened: ${first.replace(/^page\.goto: /, '')}`);
}
