import type { IncomingMessage, OutgoingHttpHeader, OutgoingHttpHeaders, RequestListener, ServerResponse } from 'node:http';
import type { ConsentState, Site } from '@kakor/consent';
import { BodyTooLargeError, forwardedHttps, handleConsentEndpoint } from './endpoint';
import { warnOncePerName, type BlockedCookie, type ConsentServerOptions } from './options';
import { createConsentDecoder, parseRequestCookies, requestConsent, type RequestConsent } from './request-consent';
import { filterSetCookies, setCookieValues } from './set-cookie-filter';
import { expiredCookieHeaders } from './withdrawal';

declare module 'node:http' {
  interface IncomingMessage {
    /** The visitor's consent, set by `consentMiddleware`. */
    consent?: RequestConsent;
  }
}

/** A Connect/Express-style middleware. */
export type ConsentMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

const headerReader = (req: IncomingMessage) => (name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
};

function isSecure(req: IncomingMessage, trustProxy: boolean | undefined): boolean {
  const forwarded = req.headers['x-forwarded-proto'];
  return (req.socket as { encrypted?: boolean }).encrypted === true || forwardedHttps(typeof forwarded === 'string' ? forwarded : undefined, trustProxy);
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  // A body parser (express.json()) that ran first has consumed the stream: use what it parsed.
  const parsed = (req as { body?: unknown }).body;
  if (parsed !== undefined || req.readableEnded) {
    const text = typeof parsed === 'string' ? parsed : parsed === undefined ? '' : JSON.stringify(parsed);
    return Buffer.byteLength(text) > limit ? Promise.reject(new BodyTooLargeError(limit)) : Promise.resolve(text);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLargeError(limit));
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const isSetCookie = (name: string): boolean => name.toLowerCase() === 'set-cookie';

/** What a guarded response needs: kept under a symbol so the guards are shared functions, not per-request closures. */
interface Guard {
  readonly consent: RequestConsent;
  readonly site: Site;
  readonly host: string | undefined;
  readonly onBlocked: (cookie: BlockedCookie) => void;
  readonly verdicts: Map<string, boolean>;
  /** Whether the expiring cookies for withdrawn consent still need sending. */
  expire: boolean;
  // What these methods were before the guard: the prototype's, or another library's wrappers.
  readonly setHeader: ServerResponse['setHeader'];
  readonly appendHeader: ServerResponse['appendHeader'];
  readonly writeHead: ServerResponse['writeHead'];
  readonly writeEarlyHints: ServerResponse['writeEarlyHints'];
}

const guardKey = Symbol('kakor.guard');
type GuardedResponse = ServerResponse & { [guardKey]: Guard };

const filterFor = (guard: Guard, value: unknown): string[] => filterSetCookies(setCookieValues(value), guard.consent, guard.onBlocked, guard.verdicts);

function guardedSetHeader(this: GuardedResponse, name: string, value: number | string | readonly string[]) {
  const guard = this[guardKey];
  return guard.setHeader.call(this, name, isSetCookie(name) ? filterFor(guard, value) : value);
}

function guardedAppendHeader(this: GuardedResponse, name: string, value: string | readonly string[]) {
  const guard = this[guardKey];
  if (!isSetCookie(name)) return guard.appendHeader.call(this, name, value);
  const kept = filterFor(guard, value);
  return kept.length > 0 ? guard.appendHeader.call(this, name, kept) : this;
}

function guardedWriteEarlyHints(this: GuardedResponse, hints: Record<string, string | string[]>, callback?: () => void) {
  const safe = Object.fromEntries(Object.entries(hints).filter(([name]) => !isSetCookie(name)));
  this[guardKey].writeEarlyHints.call(this, safe, callback);
}

function guardedWriteHead(this: GuardedResponse, statusCode: number, ...rest: unknown[]) {
  const guard = this[guardKey];
  const headersAt = typeof rest[0] === 'string' ? 1 : 0;
  const headers = rest[headersAt] as OutgoingHttpHeaders | OutgoingHttpHeader[] | undefined;
  // Set-Cookie passed to writeHead replaces what setHeader set, as Node itself does.
  let fromArgs: string[] | undefined;
  const raw = Array.isArray(headers);
  // An odd raw list is left to Node, which refuses it.
  if (headers && typeof headers === 'object' && !(raw && headers.length % 2 !== 0)) {
    const pairs = raw ? headers.flatMap((name, i) => (i % 2 === 0 ? [[String(name), headers[i + 1]] as const] : [])) : Object.entries(headers);
    const kept = pairs.filter(([name, value]) => {
      if (!isSetCookie(name)) return true;
      fromArgs = [...(fromArgs ?? []), ...setCookieValues(value)];
      return false;
    });
    rest[headersAt] = raw ? kept.flat() : Object.fromEntries(kept);
  }
  if (!this.headersSent) {
    const current = this.getHeader('set-cookie');
    const expired = guard.expire ? expiredCookieHeaders(guard.site, guard.consent, guard.host) : [];
    guard.expire = false;
    const cookies = [...filterFor(guard, fromArgs ?? current), ...expired];
    if (cookies.length > 0) guard.setHeader.call(this, 'set-cookie', cookies);
    else if (current !== undefined) this.removeHeader('set-cookie');
  }
  return (guard.writeHead as (this: ServerResponse, ...args: unknown[]) => ServerResponse).call(this, statusCode, ...rest);
}

/**
 * Filters every way a `Set-Cookie` can reach the wire on this response: `setHeader`,
 * `appendHeader`, `writeHead` (object or raw list), `writeEarlyHints`, and through them
 * Express's `res.cookie` and `res.append` and the implicit flush of `write`/`end`.
 * Own properties, so they hold even when a mounted Express app swaps the prototype.
 */
function guardResponse(res: ServerResponse, site: Site, consent: RequestConsent, host: string | undefined, onBlocked: Guard['onBlocked'], expire: boolean): void {
  // A literal, not a spread: object spread costs microseconds per request here.
  (res as GuardedResponse)[guardKey] = {
    consent,
    site,
    host,
    onBlocked,
    verdicts: new Map(),
    expire,
    setHeader: res.setHeader,
    appendHeader: res.appendHeader,
    writeHead: res.writeHead,
    writeEarlyHints: res.writeEarlyHints,
  };
  res.setHeader = guardedSetHeader;
  res.appendHeader = guardedAppendHeader;
  res.writeHead = guardedWriteHead as ServerResponse['writeHead'];
  res.writeEarlyHints = guardedWriteEarlyHints;
}

/**
 * Middleware for Express 4 and 5, Connect and `node:http`: sets `req.consent`, drops every
 * `Set-Cookie` the visitor's consent does not allow (necessary cookies always pass),
 * expires cookies whose consent was withdrawn, honours `Sec-GPC: 1` per the site's
 * setting, and serves the consent endpoint.
 *
 * @example
 * app.use(consentMiddleware(site, { secret: process.env.KAKOR_SECRET, onConsent: saveProof }));
 * app.get('/', (req, res) => { res.cookie('_ga', 'GA1.1.1'); res.send('ok'); }); // sent only with analytics consent
 */
export function consentMiddleware(site: Site, options: ConsentServerOptions = {}): ConsentMiddleware {
  const onBlocked = options.onBlocked ?? warnOncePerName();
  const endpoint = options.endpoint ?? '/kakor/consent';
  const decoder = createConsentDecoder(site, options.secret);
  return (req, res, next) => {
    const header = headerReader(req);
    const cookies = parseRequestCookies(header('cookie'));
    const value = cookies[site.consentCookieName];
    const proceed = (state: ConsentState | null): void => {
      const consent = requestConsent(site, state, header, cookies);
      req.consent = consent;
      const path = (req.url ?? '/').split('?')[0];
      const atEndpoint = endpoint !== false && path === endpoint;
      // The endpoint sends its own expiring cookies, for the choice just made.
      guardResponse(res, site, consent, header('host'), onBlocked, !atEndpoint);
      if (!atEndpoint) {
        next();
        return;
      }
      handleConsentEndpoint(site, { method: req.method ?? 'GET', header, readBody: (limit) => readBody(req, limit), secure: isSecure(req, options.trustProxy) }, consent, options)
        .then((answer) => {
          res.writeHead(answer.status, answer.headers);
          res.end(req.method === 'HEAD' ? undefined : answer.body);
        })
        .catch(next);
    };
    // A returning visitor's verified cookie needs no HMAC and no extra tick.
    const known = decoder.cached(value);
    if (known !== undefined) proceed(known);
    else decoder(value).then(proceed).catch(next);
  };
}

/**
 * Wraps a `node:http` request listener with {@link consentMiddleware}.
 *
 * @example
 * http.createServer(withConsent(site, (req, res) => res.end('ok'), { secret })).listen(3000);
 */
export function withConsent(site: Site, listener: RequestListener, options: ConsentServerOptions = {}): RequestListener {
  const middleware = consentMiddleware(site, options);
  return (req, res) => {
    middleware(req, res, (error) => {
      if (error) {
        res.statusCode = 500;
        res.end();
        return;
      }
      listener(req, res);
    });
  };
}
