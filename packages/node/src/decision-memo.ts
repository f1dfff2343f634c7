import type { ConsentState, Decision, Site } from '@kakor/consent';

/** Decisions remembered per consent (or per site, for no consent) and GPC: a returning visitor's cookie names cost one lookup each. */
const memos = new WeakMap<object, [Map<string, Decision>, Map<string, Decision>]>();
// Names come from requests: each memo is bounded.
const maxNames = 512;

/**
 * The memo for decisions under a consent that cannot change with time: no consent at all, or
 * a consent that needs nothing (not expired, same site fingerprint). `undefined` otherwise.
 * Verified states are shared objects (the decoder remembers them), so the memo lives as long
 * as the decoder keeps the state.
 */
export function decisionMemo(site: Site, state: ConsentState | null, gpc: boolean, fresh: boolean): Map<string, Decision> | undefined {
  if (state !== null && !fresh) return undefined;
  const key: object = state ?? site;
  let pair = memos.get(key);
  if (pair === undefined) {
    pair = [new Map(), new Map()];
    memos.set(key, pair);
  }
  const memo = pair[gpc ? 1 : 0];
  if (memo.size >= maxNames) memo.clear();
  return memo;
}
