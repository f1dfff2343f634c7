import { consentRecordOf, createConsentState, encodeConsent, isLanguageTag, maxLanguageTagLength, optionalCategories, type ConsentState, type OptionalCategory, type Site } from '@kakor/consent';
import { serialize } from 'cookie';
import { defaultLocales, matchLocale, negotiateLocale } from './locale';
import type { ConsentServerOptions } from './options';
import { withState, type RequestConsent } from './request-consent';
import { expiredCookieHeaders } from './withdrawal';

/** A consent endpoint request, whatever the server. */
export interface EndpointRequest {
  readonly method: string;
  readonly header: (name: string) => string | undefined;
  /** Reads the body, failing past `limit` bytes. */
  readonly readBody: (limit: number) => Promise<string>;
  /** Whether the request came over https. */
  readonly secure: boolean;
}

/** What the endpoint answers. */
export interface EndpointResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[]>;
  readonly body: string;
}

/** Whether `X-Forwarded-Proto` says https, when the server trusts its proxy. */
export function forwardedHttps(forwardedProto: string | undefined, trustProxy: boolean | undefined): boolean {
  return trustProxy === true && forwardedProto?.split(',')[0]?.trim() === 'https';
}

/** Thrown by `readBody` when the body is larger than allowed. */
export class BodyTooLargeError extends Error {
  constructor(limit: number) {
    super(`the body is larger than ${String(limit)} bytes`);
  }
}

/** Thrown by `readBody` when an earlier middleware read the body and kept nothing of it. */
export class BodyUnavailableError extends Error {
  constructor() {
    super('an earlier middleware read the request body and kept no copy (req.body is unset); mount consentMiddleware before it, or use a parser that keeps req.body such as express.json()');
  }
}

/**
 * The categories and processors a visitor chose, as posted to the consent endpoint, and the
 * site locale they were shown, when the post names one.
 * @inline
 */
type Choice = Pick<ConsentState, 'categories' | 'processors'> & {
  /** The site locale the post names, in the site's spelling. */
  readonly locale?: string;
};

const json = (status: number, body: unknown, headers: Record<string, string | string[]> = {}): EndpointResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  body: JSON.stringify(body),
});

const badRequest = (error: string): EndpointResponse => json(400, { error });

/**
 * Checks a posted choice: `{ categories: { analytics: true, … }, processors?: { hubspot: false }, locale?: 'sv' }`.
 * The locale must be a language tag that fits one of `locales` (the site's); the choice
 * carries the site's spelling of it (`sv-SE` posted to a site showing `sv` gives `sv`).
 * Returns what is wrong, as a sentence, for a bad post.
 */
export function parseChoice(site: Site, text: string, locales: readonly string[] = defaultLocales): Choice | string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'the body is not valid JSON; send {"categories":{"preferences":false,"analytics":true,"marketing":false}}';
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'the body must be a JSON object with "categories"';
  const { categories, processors = {}, locale, ...rest } = body as Record<string, unknown>;
  const extra = Object.keys(rest);
  if (extra.length > 0) return `unknown field "${(extra[0] ?? '').slice(0, 40)}"; expected "categories" and optionally "processors" and "locale"`;
  if (categories === null || typeof categories !== 'object' || Array.isArray(categories)) return '"categories" must be an object such as {"analytics":true}';
  const chosen = {} as Record<OptionalCategory, boolean>;
  for (const [key, value] of Object.entries(categories)) {
    if (!optionalCategories.includes(key as OptionalCategory)) return `unknown category "${key}"; expected preferences, analytics or marketing`;
    if (typeof value !== 'boolean') return `categories.${key} must be true or false`;
  }
  for (const category of optionalCategories) chosen[category] = (categories as Record<string, unknown>)[category] === true;
  if (processors === null || typeof processors !== 'object' || Array.isArray(processors)) return '"processors" must be an object such as {"hubspot":false}';
  const known = new Set(site.processors.map((entry) => entry.id));
  for (const [id, value] of Object.entries(processors)) {
    if (!known.has(id)) return `unknown processor "${id}"; this site declares ${[...known].join(', ') || 'none'}`;
    if (typeof value !== 'boolean') return `processors.${id} must be true or false`;
  }
  if (locale === undefined) return { categories: chosen, processors: processors as Record<string, boolean> };
  if (!isLanguageTag(locale)) {
    const found = typeof locale === 'string' ? `${String(locale.length)} characters` : locale === null ? 'null' : typeof locale;
    return `"locale" must be a language tag such as "sv" or "en-GB" (letters, digits and "-", at most ${String(maxLanguageTagLength)} characters), found ${typeof locale === 'string' && locale.length <= 40 ? JSON.stringify(locale) : found}`;
  }
  const shown = matchLocale(locale, locales);
  if (shown === undefined) return `unknown locale "${locale}"; this site shows ${locales.join(', ')} (the \`locales\` option of @kakor/node)`;
  return { categories: chosen, processors: processors as Record<string, boolean>, locale: shown };
}

/** Why a consent post is refused as cross-site, or `undefined` when it is the site's own. */
function crossSiteRefusal(request: EndpointRequest, allowed: readonly string[] = []): string | undefined {
  const origin = request.header('origin');
  if (origin === undefined) {
    // Browsers send Origin with every POST; a same-origin fetch also says so in Sec-Fetch-Site.
    if (request.header('sec-fetch-site') === 'same-origin') return undefined;
    return 'a consent post needs an Origin header (browsers send one with every POST)';
  }
  if (allowed.includes(origin)) return undefined;
  const own = `${request.secure ? 'https' : 'http'}://${(request.header('host') ?? '').toLowerCase()}`;
  if (origin === own) return undefined;
  if (origin.replace(/^https:/, 'http:') === own) {
    return `the Origin ${origin} is https but this request came over http: behind a TLS-terminating proxy set trustProxy: true, or add ${origin} to allowedOrigins`;
  }
  return `cross-origin consent posts are refused (Origin ${origin.slice(0, 200)}); add the origin to allowedOrigins if it is yours`;
}

/** Serves `GET` (the current consent) and `POST` (record a choice) on the consent endpoint. */
export async function handleConsentEndpoint(site: Site, request: EndpointRequest, consent: RequestConsent, options: ConsentServerOptions): Promise<EndpointResponse> {
  if (request.method === 'GET' || request.method === 'HEAD') {
    return json(200, { state: consent.state, needsConsent: consent.needsConsent, gpc: consent.gpc, fingerprint: site.fingerprint });
  }
  if (request.method !== 'POST') return json(405, { error: 'use GET to read consent or POST to record it' }, { allow: 'GET, HEAD, POST' });
  const refusal = crossSiteRefusal(request, options.allowedOrigins);
  if (refusal !== undefined) return json(403, { error: refusal });
  if (!/^application\/json\s*(;|$)/i.test(request.header('content-type') ?? '')) return json(415, { error: 'send the choice as application/json' });

  let text: string;
  try {
    text = await request.readBody(options.bodyLimit ?? 4096);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return json(413, { error: error.message });
    if (error instanceof BodyUnavailableError) return badRequest(error.message);
    return badRequest('the body could not be read');
  }
  const locales = options.locales ?? defaultLocales;
  const choice = parseChoice(site, text, locales);
  if (typeof choice === 'string') return badRequest(choice);
  // A post that names no locale: the browser's preference among the site's, else the site's default.
  const locale = choice.locale ?? negotiateLocale(request.header('accept-language'), locales) ?? locales[0];

  // A change or withdrawal stays under the verified consent's id: one history per visitor.
  const state = createConsentState(site, { categories: choice.categories, processors: choice.processors, source: 'banner', gpc: consent.gpc, ...(consent.state === null ? {} : { id: consent.state.id }) });
  const record = consentRecordOf(state, { userAgent: request.header('user-agent'), locale });
  try {
    await options.onConsent?.(record);
  } catch {
    return json(500, { error: 'the consent could not be recorded; nothing was changed' });
  }
  const value = await encodeConsent(state, options.secret === undefined ? {} : { secret: options.secret });
  const cookie = serialize(site.consentCookieName, value, {
    path: '/',
    maxAge: Math.floor(site.maxAgeMs / 1000),
    sameSite: 'lax',
    secure: request.secure,
    httpOnly: options.httpOnly ?? false,
    encode: String, // the value is cookie-safe already; percent-encoding would hide it from the browser store
    ...(options.cookieDomain === undefined ? {} : { domain: options.cookieDomain }),
  });
  // Withdrawing in this request expires what the new choice no longer allows, at once.
  const expired = expiredCookieHeaders(withState(site, consent, state), request.header('host'));
  return json(200, { state }, { 'set-cookie': [cookie, ...expired] });
}
