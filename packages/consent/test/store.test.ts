import { describe, expect, it, vi } from 'vitest';
import { createConsentState, createConsentStore, decide, memoryPersistence } from '../src';
import { day, t0, testSite } from './fixtures';

const site = testSite();
const clock = () => t0 + day;

describe('createConsentStore', () => {
  it('shows the version a keeper stored (a server gives the consent its id), unless the visitor chose again meanwhile', async () => {
    const pending: ((version: ReturnType<typeof createConsentState> | null) => void)[] = [];
    // A keeper like endpointPersistence: it answers later, with its own id on the same choice.
    const keeper = { load: () => null, save: () => new Promise<ReturnType<typeof createConsentState> | null>((resolve) => pending.push(resolve)) };
    const store = createConsentStore(site, { persist: keeper, now: () => t0 });
    const chosen = store.update({ categories: { analytics: true } });
    expect(store.getSnapshot().state).toBe(chosen);
    const serverVersion = { ...chosen, id: 'server-recorded-id-0001' };
    pending[0]?.(serverVersion);
    await Promise.resolve();
    await Promise.resolve();
    expect(store.getSnapshot().state).toBe(serverVersion);
    expect(decide(site, store.getSnapshot().state, '_pk_id.8506966f', { now: t0 }).allowed).toBe(true);
    // A late answer for an earlier choice does not overwrite a newer one.
    const newer = store.rejectAll();
    store.acceptAll();
    pending[1]?.({ ...newer, id: 'stale-answer-000000001' });
    await Promise.resolve();
    await Promise.resolve();
    expect(store.getSnapshot().state?.id).not.toBe('stale-answer-000000001');
  });

  it('starts from the initial state and asks when there is none', () => {
    const store = createConsentStore(site, { persist: 'memory', now: clock });
    expect(store.getSnapshot()).toEqual({ state: null, needsConsent: 'no-consent', gpc: false });
    const initial = createConsentState(site, { categories: { analytics: true }, now: t0 });
    expect(createConsentStore(site, { initial, persist: 'memory', now: clock }).getSnapshot().state).toBe(initial);
  });

  it('notifies subscribers and keeps the snapshot identical between changes', () => {
    const store = createConsentStore(site, { persist: 'memory', now: clock });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const before = store.getSnapshot();
    expect(store.getSnapshot()).toBe(before);
    store.acceptAll();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).not.toBe(before);
    expect(store.getSnapshot()).toBe(store.getSnapshot());
    unsubscribe();
    store.rejectAll();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('records accept, reject, update and withdraw from the banner', () => {
    const persistence = memoryPersistence();
    const store = createConsentStore(site, { persist: persistence, now: clock });
    const accepted = store.acceptAll();
    expect(accepted).toMatchObject({ categories: { preferences: true, analytics: true, marketing: true }, source: 'banner', fingerprint: site.fingerprint, givenAt: clock() });
    expect(persistence.load(site)).toBe(accepted);
    expect(decide(site, accepted, '_fbp', { now: clock() }).allowed).toBe(true);

    const updated = store.update({ categories: { marketing: false }, processors: { hubspot: false } });
    expect(updated.categories).toEqual({ preferences: true, analytics: true, marketing: false });
    expect(updated.processors).toEqual({ hubspot: false });
    expect(updated.id).not.toBe(accepted.id);

    const withdrawn = store.withdraw();
    expect(withdrawn.categories).toEqual({ preferences: false, analytics: false, marketing: false });
    expect(withdrawn.processors).toEqual({});
    expect(store.getSnapshot().needsConsent).toBe(false);

    store.reset();
    expect(store.getSnapshot().state).toBeNull();
    expect(persistence.load(site)).toBeNull();
  });

  it('records GPC with the choice: acceptAll leaves what GPC denies off, an explicit grant holds', () => {
    const store = createConsentStore(site, { persist: 'memory', gpc: true, now: clock });
    expect(store.getSnapshot().gpc).toBe(true);
    const all = store.acceptAll();
    expect(all.gpc).toBe(true);
    expect(all.categories).toEqual({ preferences: true, analytics: true, marketing: false });
    expect(decide(site, all, '_fbp', { now: clock(), gpc: true }).allowed).toBe(false);
    const explicit = store.update({ categories: { marketing: true } });
    expect(decide(site, explicit, '_fbp', { now: clock(), gpc: true }).allowed).toBe(true);
    const strict = createConsentStore(testSite({ gpc: 'deny-analytics' }), { persist: 'memory', gpc: true, now: clock });
    expect(strict.acceptAll().categories).toEqual({ preferences: true, analytics: false, marketing: false });
    expect(createConsentStore(testSite({ gpc: 'ignore' }), { persist: 'memory', gpc: true, now: clock }).acceptAll().categories.marketing).toBe(true);
  });

  it('does not carry a stale consent into an update', () => {
    const old = createConsentState(site, { categories: { marketing: true }, now: t0 - 400 * day });
    const store = createConsentStore(site, { initial: old, persist: 'memory', now: clock });
    expect(store.getSnapshot().needsConsent).toBe('expired');
    expect(store.update({ categories: { analytics: true } }).categories).toEqual({ preferences: false, analytics: true, marketing: false });
  });
});
