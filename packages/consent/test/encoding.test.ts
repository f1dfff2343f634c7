import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createConsentState, decodeConsent, encodeConsent, parseConsent, type ConsentState } from '../src';
import { t0, testSite } from './fixtures';

const site = testSite();
const secret = 'test-secret-that-is-long-enough';
const processorIds = site.processors.map((e) => e.id);

const stateArbitrary: fc.Arbitrary<ConsentState> = fc
  .record({
    id: fc.base64String({ minLength: 24, maxLength: 24 }).map((s) => s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, 'A').slice(0, 22)),
    categories: fc.record({ preferences: fc.boolean(), analytics: fc.boolean(), marketing: fc.boolean() }),
    processors: fc.dictionary(fc.constantFrom(...processorIds), fc.boolean()),
    givenAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
    lifetime: fc.integer({ min: 1, max: 10 * 365 * 86_400_000 }),
    fingerprint: fc.constant(site.fingerprint),
    gpc: fc.boolean(),
    source: fc.constantFrom('banner', 'api', 'gpc', 'default'),
  })
  .map(({ lifetime, ...state }) => ({ ...state, expiresAt: state.givenAt + lifetime }));

describe('encodeConsent / decodeConsent', () => {
  it('round-trips every valid state, signed and unsigned', async () => {
    await fc.assert(
      fc.asyncProperty(stateArbitrary, async (state) => {
        expect(await decodeConsent(site, await encodeConsent(state))).toEqual(state);
        expect(await decodeConsent(site, await encodeConsent(state, { secret }), { secret })).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it('is compact and cookie-safe', async () => {
    const state = createConsentState(site, { categories: { analytics: true }, processors: { hubspot: false, meta: true }, now: t0 });
    const signed = await encodeConsent(state, { secret });
    expect(signed).toMatch(/^[A-Za-z0-9._~:-]+$/);
    expect(signed.length).toBeLessThan(200);
    console.log(`signed consent value: ${String(signed.length)} bytes`);
  });

  it('never throws and never grants on arbitrary strings, bytes and 10 kB input', async () => {
    const inputs = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.uint8Array({ maxLength: 64 }).map((bytes) => String.fromCharCode(...bytes)),
      fc.string({ minLength: 10_240, maxLength: 10_300 }),
      fc.constantFrom('1........', '1.a.7.0.1.x.b1.', '2.AAAAAAAAAAAAAAAAAAAAAA.7.0.1.x.b1.', '1.AAAAAAAAAAAAAAAAAAAAAA.7.z.1.x.b1.'),
      fc.anything(),
    );
    await fc.assert(
      fc.asyncProperty(inputs, async (value) => {
        const state = await decodeConsent(site, value);
        const signed = await decodeConsent(site, value, { secret });
        expect(signed).toBeNull();
        if (state) expect(state.givenAt).toBeLessThan(state.expiresAt);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects a signed value with any one character changed', async () => {
    const state = createConsentState(site, { categories: { analytics: true, marketing: true }, now: t0 });
    const value = await encodeConsent(state, { secret });
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:~';
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: value.length - 1 }), fc.constantFrom(...alphabet), async (index, char) => {
        fc.pre(value[index] !== char);
        const tampered = value.slice(0, index) + char + value.slice(index + 1);
        expect(await decodeConsent(site, tampered, { secret })).toBeNull();
      }),
      { numRuns: 400 },
    );
  });

  it('rejects unsigned values and other secrets when a secret is set, and accepts rotated ones', async () => {
    const state = createConsentState(site, { categories: { analytics: true }, now: t0 });
    expect(await decodeConsent(site, await encodeConsent(state), { secret })).toBeNull();
    expect(await decodeConsent(site, await encodeConsent(state, { secret: 'other' }), { secret })).toBeNull();
    expect(await decodeConsent(site, await encodeConsent(state, { secret: 'old' }), { secret: [secret, 'old'] })).toEqual(state);
  });

  it('drops processor choices for processors the site does not declare, and cannot be polluted', async () => {
    const state = createConsentState(site, { categories: {}, now: t0 });
    const base = await encodeConsent(state);
    for (const processors of ['constructor:1', 'tiktok:1~meta:1', '__proto__:1', 'prototype:1~hasownproperty:0']) {
      const value = base.replace(/\.$/, `.${processors}`);
      const decoded = parseConsent(site, value);
      if (decoded) {
        expect(Object.keys(decoded.processors).every((id) => processorIds.includes(id))).toBe(true);
        expect(Object.getPrototypeOf(decoded.processors)).toBe(Object.prototype);
      }
    }
    expect(parseConsent(site, base.replace(/\.$/, '.tiktok:1~meta:1'))?.processors).toEqual({ meta: true });
    expect(({} as Record<string, unknown>).meta).toBeUndefined();
  });
});
