import type { Site } from '@kakor/consent';
import { BodyTooLargeError, forwardedHttps, handleConsentEndpoint } from './endpoint';
import { warnOncePerName, type ConsentServerOptions } from './options';
import { createConsentDecoder, readRequestConsent, type RequestConsent } from './request-consent';
import { filterSetCookies } from './set-cookie-filter';
import { expiredCookieHeaders } from './withdrawal';
import { checkLocales } from './locale';

/** A Fetch API handler, as Hono, Next.js middleware, Deno and Bun take them. */
export type FetchHandler = (request: Request, consent: RequestConsent) => Response | Promise<Response>;

async function readLimited(request: Request, limit: number): Promise<string> {
  const reader = request.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new BodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(body);
}

/**
 * The Fetch API twin of `consentMiddleware`: wraps a `(request, consent) => Response`
 * handler, drops every `Set-Cookie` of its response that consent does not allow (read with
 * `Headers.getSetCookie()`), expires withdrawn cookies and serves the consent endpoint.
 *
 * @example
 * const app = new Hono();
 * export default { fetch: consentFetchHandler(site, (request) => app.fetch(request), { secret }) };
 */
export function consentFetchHandler(site: Site, handler: FetchHandler, options: ConsentServerOptions = {}): (request: Request) => Promise<Response> {
  const onBlocked = options.onBlocked ?? warnOncePerName();
  const endpoint = options.endpoint ?? '/kakor/consent';
  const decoder = createConsentDecoder(site, options.secret);
  checkLocales(options.locales);
  return async (request) => {
    const url = URL.canParse(request.url) ? new URL(request.url) : undefined;
    // Only a forged Host makes the URL unparsable (e.g. "xn--"); no browser sends one.
    if (url === undefined) return new Response('Bad Request: the Host header is not a valid host name', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    // A Request built by hand, or one from HTTP/2, may carry no Host header: the URL says the same.
    const header = (name: string): string | undefined => request.headers.get(name) ?? (name === 'host' ? url.host : undefined);
    const consent = await readRequestConsent(site, header, decoder);
    if (endpoint !== false && url.pathname === endpoint) {
      const secure = url.protocol === 'https:' || forwardedHttps(header('x-forwarded-proto'), options.trustProxy);
      const answer = await handleConsentEndpoint(site, { method: request.method, header, readBody: (limit) => readLimited(request, limit), secure }, consent, options);
      const headers = new Headers();
      for (const [name, value] of Object.entries(answer.headers)) for (const item of [value].flat()) headers.append(name, item);
      return new Response(request.method === 'HEAD' ? null : answer.body, { status: answer.status, headers });
    }
    const response = await handler(request, consent);
    const cookies = response.headers.getSetCookie();
    const kept = filterSetCookies(cookies, [{ consent, onBlocked }]);
    const expired = expiredCookieHeaders(consent, header('host') ?? url.host);
    if (kept.length === cookies.length && expired.length === 0) return response;
    // Responses from fetch() have immutable headers: copy them.
    const headers = new Headers(response.headers);
    headers.delete('set-cookie');
    for (const cookie of [...kept, ...expired]) headers.append('set-cookie', cookie);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}
