import { ScanError } from './scan-error';

const tlsCodes = /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY|EPROTO/;

/**
 * Asks for the start page once before any browser starts, so an unreachable URL, a TLS
 * failure, a redirect loop, a timeout or a document that is not HTML is a clear error in
 * moments. HTTP error statuses are left to the browser, which a site may answer differently.
 */
export async function probeStartPage(url: string, timeoutMs: number): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'text/html,*/*;q=0.8' }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = `${cause?.code ?? ''} ${cause?.message ?? ''}`.trim();
    if ((error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError') {
      throw new ScanError('timeout', `${url} did not answer within ${String(timeoutMs / 1000)} s; raise --timeout if the site is slow`);
    }
    if (/redirect count exceeded/i.test(detail)) throw new ScanError('redirect-loop', `${url} redirects in a loop (more than 20 redirects)`);
    if (tlsCodes.test(detail)) throw new ScanError('tls', `${url}: the TLS connection failed (${detail})`);
    throw new ScanError('unreachable', `${url} is unreachable (${detail || (error as Error).message}); is the server running and the URL right?`);
  }
  const type = response.headers.get('content-type') ?? '';
  await response.body?.cancel().catch(() => undefined);
  if (type !== '' && !/html/i.test(type)) throw new ScanError('not-html', `${url} is not an HTML page (Content-Type: ${type}); give the URL of a page`);
}
