import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2';
import type { ConsentState, Site } from '@kakor/consent';
import { consentAccessorServes, installConsentAccessor } from './consent-accessor';
import { forwardedHttps, handleConsentEndpoint } from './endpoint';
import { guardResponse } from './guard';
import { readNodeBody } from './node-body';
import { warnOncePerName, type ConsentServerOptions } from './options';
import { createConsentDecoder, requestConsent, type RequestConsent } from './request-consent';
import { readCookieHeader, type RequestCookies } from './request-cookies';
import { checkLocales } from './locale';

declare module 'node:http' {
  interface IncomingMessage {
    /** The visitor's consent, set by `consentMiddleware`. */
    consent?: RequestConsent;
  }
}

declare module 'node:http2' {
  interface Http2ServerRequest {
    /** The visitor's consent, set by `consentMiddleware`. */
    consent?: RequestConsent;
  }
}

/** A Connect/Express-style middleware, for `node:http` and `node:http2`'s compatibility API. */
export type ConsentMiddleware = (req: IncomingMessage | Http2ServerRequest, res: ServerResponse | Http2ServerResponse, next: (error?: unknown) => void) => void;

type RequestHeaders = IncomingMessage['headers'] | Http2ServerRequest['headers'];

/** One request header as text; HTTP/2 carries the host as `:authority`. */
function headerText(headers: RequestHeaders, name: string): string | undefined {
  const value = headers[name] ?? (name === 'host' ? headers[':authority'] : undefined);
  return Array.isArray(value) ? value.join(', ') : value;
}

const pathOf = (url: string): string => {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
};

function isSecure(req: IncomingMessage | Http2ServerRequest, trustProxy: boolean | undefined): boolean {
  const forwarded = req.headers['x-forwarded-proto'];
  return (req.socket as { encrypted?: boolean }).encrypted === true || forwardedHttps(typeof forwarded === 'string' ? forwarded : undefined, trustProxy);
}

/**
 * Middleware for Express 4 and 5, Connect, `node:http` and `node:http2` (compatibility API):
 * sets `req.consent`, drops every `Set-Cookie` the visitor's consent does not allow
 * (necessary cookies always pass), expires cookies whose consent was withdrawn, honours
 * `Sec-GPC: 1` per the site's setting, and serves the consent endpoint.
 *
 * Instances nest: a second one on the same request (a sub-app with its own site) adds its
 * filter, and a cookie leaves only if every instance's consent allows it.
 *
 * @example
 * app.use(consentMiddleware(site, { secret: process.env.KAKOR_SECRET, onConsent: saveProof }));
 * app.get('/', (req, res) => { res.cookie('_ga', 'GA1.1.1'); res.send('ok'); }); // sent only with analytics consent
 */
export function consentMiddleware(site: Site, options: ConsentServerOptions = {}): ConsentMiddleware {
  const onBlocked = options.onBlocked ?? warnOncePerName();
  const endpoint = options.endpoint ?? '/kakor/consent';
  const decoder = createConsentDecoder(site, options.secret);
  checkLocales(options.locales);
  installConsentAccessor();
  // Request objects are read as little as possible: once a framework has swapped their
  // prototype, every property looked up on them for the first time is slow.
  const guard = (req: IncomingMessage | Http2ServerRequest, res: ServerResponse | Http2ServerResponse, next: (error?: unknown) => void, headers: RequestHeaders, cookies: RequestCookies, state: ConsentState | null): void => {
    const consent = requestConsent(site, state, headerText(headers, 'sec-gpc'), cookies.names);
    const atEndpoint = endpoint !== false && pathOf(req.url ?? '/') === endpoint;
    // The endpoint sends its own expiring cookies, for the choice just made.
    const reachable = guardResponse(res, { consent, host: headerText(headers, 'host'), onBlocked, expire: !atEndpoint }, req);
    // Usually served by the accessor from the guard; an own property where it cannot be.
    if (!reachable || !consentAccessorServes(req)) req.consent = consent;
    if (!atEndpoint) {
      next();
      return;
    }
    const request = { method: req.method ?? 'GET', header: (name: string) => headerText(headers, name), readBody: (limit: number) => readNodeBody(req as IncomingMessage, limit), secure: isSecure(req, options.trustProxy) };
    handleConsentEndpoint(site, request, consent, options)
      .then((answer) => {
        const response = res as ServerResponse;
        response.writeHead(answer.status, answer.headers);
        response.end(req.method === 'HEAD' ? undefined : answer.body);
      })
      .catch(next);
  };
  return (req, res, next) => {
    const headers = req.headers;
    const cookies = readCookieHeader(headerText(headers, 'cookie'), site.consentCookieName);
    const value = cookies.value;
    // A returning visitor's verified cookie needs no HMAC and no extra tick.
    const known = decoder.cached(value);
    if (known !== undefined) guard(req, res, next, headers, cookies, known);
    else
      decoder(value)
        .then((state) => guard(req, res, next, headers, cookies, state))
        .catch(next);
  };
}

/**
 * Wraps a `node:http` (or `node:http2` compatibility) request listener with {@link consentMiddleware}.
 *
 * @typeParam Listener - the listener's own type, `node:http`'s or `node:http2`'s, which the wrapper keeps.
 * @example
 * http.createServer(withConsent(site, (req, res) => res.end('ok'), { secret })).listen(3000);
 */
export function withConsent<Listener extends RequestListener | ((req: Http2ServerRequest, res: Http2ServerResponse) => void)>(site: Site, listener: Listener, options: ConsentServerOptions = {}): Listener {
  const middleware = consentMiddleware(site, options);
  const wrapped = (req: IncomingMessage | Http2ServerRequest, res: ServerResponse | Http2ServerResponse) => {
    middleware(req, res, (error) => {
      if (error) {
        res.statusCode = 500;
        res.end();
        return;
      }
      (listener as (req: unknown, res: unknown) => void)(req, res);
    });
  };
  return wrapped as Listener;
}
