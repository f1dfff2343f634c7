import { sign, verify } from './hmac';
import type { Site } from './site';
import { categoriesFrom, optionalCategories, type ConsentSource, type ConsentState } from './state';

/** Options for signing and verifying the consent cookie. */
export interface ConsentCodecOptions {
  /**
   * HMAC secret(s). Signs with the first; verifies with any, so secrets can be rotated.
   * Keep secrets on the server: a browser cannot sign without exposing them.
   */
  readonly secret?: string | readonly string[];
}

// 1.<id>.<categories bitmask>.<givenAt ms, base36>.<expiresAt ms, base36>.<fingerprint>.<source><gpc>.<id:1~id:0>[.<signature>]
const processorChoice = '[a-z][a-z0-9]*(?:-[a-z0-9]+)*:[01]';
const format = new RegExp(
  `^1\\.([\\w-]{16,43})\\.([0-7])\\.([0-9a-z]{1,11})\\.([0-9a-z]{1,11})\\.([0-9a-z]{1,16})\\.([bagd])([01])\\.((?:${processorChoice}(?:~${processorChoice})*)?)(?:\\.[\\w-]{43})?$`,
);
const maxLength = 2048;
const sourceCodes = 'bagd';
const sources: readonly ConsentSource[] = ['banner', 'api', 'gpc', 'default'];

const secretsOf = (secret: ConsentCodecOptions['secret']): readonly string[] => (secret === undefined ? [] : typeof secret === 'string' ? [secret] : secret);

/**
 * The unsigned compact form of a consent state: cookie-safe, typically under 100 bytes.
 *
 * @example
 * serializeConsent(state); // '1.S9iGnKIubldYtw6Xk-uzuQ.2.mwsi1hc0.nba1reo0.p2469g.b0.'
 */
export function serializeConsent(state: ConsentState): string {
  const mask = optionalCategories.reduce((bits, category, i) => bits | (state.categories[category] ? 1 << i : 0), 0);
  const processors = Object.entries(state.processors)
    .filter((pair): pair is [string, boolean] => typeof pair[1] === 'boolean')
    .map(([id, allowed]) => `${id}:${allowed ? 1 : 0}`)
    .join('~');
  const flags = sourceCodes.charAt(sources.indexOf(state.source)) + (state.gpc ? '1' : '0');
  return ['1', state.id, mask, state.givenAt.toString(36), state.expiresAt.toString(36), state.fingerprint, flags, processors].join('.');
}

/**
 * Reads a consent value without checking a signature, as a browser reads its own cookie.
 * Anything malformed, oversized or of another version gives `null`; it never throws.
 * Per-processor choices are kept only for processors the site declares.
 *
 * @example
 * const state = parseConsent(site, readCookie(document.cookie, site.consentCookieName));
 */
export function parseConsent(site: Site, value: unknown): ConsentState | null {
  const match = typeof value === 'string' && value.length <= maxLength ? format.exec(value) : null;
  if (!match) return null;
  const [, id = '', mask, given = '', expires = '', fingerprint = '', source = '', gpc, processorList = ''] = match;
  const givenAt = parseInt(given, 36);
  const expiresAt = parseInt(expires, 36);
  if (!(givenAt < expiresAt) || !Number.isSafeInteger(expiresAt)) return null;
  const processors: Record<string, boolean> = {};
  for (const item of processorList.split('~')) {
    const [processor = '', allowed] = item.split(':');
    if (site.processors.some((entry) => entry.id === processor)) processors[processor] = allowed === '1';
  }
  return {
    id,
    categories: categoriesFrom((_, bit) => ((Number(mask) >> bit) & 1) === 1),
    processors,
    givenAt,
    expiresAt,
    fingerprint,
    gpc: gpc === '1',
    source: sources[sourceCodes.indexOf(source)] ?? 'api',
  };
}

/**
 * Encodes a consent state as a compact, versioned, cookie-safe value; with a secret, signed
 * with HMAC-SHA256.
 *
 * @example
 * res.setHeader('Set-Cookie', `kakor_consent=${await encodeConsent(state, { secret })}; Path=/; Max-Age=31536000; SameSite=Lax; Secure`);
 */
export async function encodeConsent(state: ConsentState, options: ConsentCodecOptions = {}): Promise<string> {
  const unsigned = serializeConsent(state);
  const [secret] = secretsOf(options.secret);
  return secret === undefined ? unsigned : `${unsigned}.${await sign(unsigned, secret)}`;
}

/**
 * Decodes a consent value: the state, or `null` for anything malformed, tampered with,
 * unsigned when a secret is set, oversized or of an unknown version. Never throws.
 *
 * @example
 * const state = await decodeConsent(site, cookies.kakor_consent, { secret });
 */
export async function decodeConsent(site: Site, value: unknown, options: ConsentCodecOptions = {}): Promise<ConsentState | null> {
  try {
    const state = parseConsent(site, value);
    const secrets = secretsOf(options.secret);
    if (!state || secrets.length === 0) return state;
    const text = value as string;
    const cut = text.lastIndexOf('.');
    const unsigned = text.slice(0, cut);
    // Signed values have exactly one part more than what they sign.
    return serializeConsent(state) === unsigned && (await verify(unsigned, text.slice(cut + 1), secrets)) ? state : null;
  } catch {
    return null;
  }
}
