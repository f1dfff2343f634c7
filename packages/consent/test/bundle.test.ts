import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { bundleForBrowser } from '../../../test-utils/bundle.mjs';

const packageDir = join(import.meta.dirname, '..');
// Issue #4 asked for 2.5 KB; the measured size was about 3.1 KB (see the package README).
// This guard keeps it from growing while that gap stays open. Issue #15's domain-bound items
// (a vendor's generic cookie names never claimed for the site's own) added about 300 B; the
// name-only matcher (no domain comparisons) took it from 3,696 B to 3,507 B (3,535 B with the
// store showing the endpoint's version of a choice).
const budget = 3.6 * 1024;

// Bundles the built package as a browser app would, with the catalog's matcher but no catalog data.
it(`keeps defineSite + decide + encode/decode + store within ${String(budget)} B min+gzip, without Zod`, async () => {
  expect(existsSync(join(packageDir, 'dist/index.js')), 'packages/consent/dist is missing: run `pnpm build` first').toBe(true);
  const { code, minified, gzipped } = await bundleForBrowser(`export { defineSite, decide, encodeConsent, decodeConsent, createConsentStore } from '@kakor/consent';`, packageDir);
  console.log(`@kakor/consent core: ${String(minified)} B minified, ${String(gzipped)} B min+gzip (budget ${String(budget)} B)`);
  expect(code).not.toContain('ZodError');
  expect(code).not.toContain('__stripe_mid');
  expect(gzipped).toBeLessThanOrEqual(budget);
});

// What a browser imports (it holds no secret, so it never signs): issue #16 measures this
// against 2.5 KB. Signing is already left out by tree-shaking, so a server subpath would not
// shrink it. Measured 3,355 B with the site's domain-aware matcher, 3,179 B with the name-only
// one, 3,206 B once the store also shows the endpoint's version of a choice; the guard keeps it
// from growing while the gap to 2.5 KB stays open (see the README's Size).
const browserGuard = 3.2 * 1024;
it(`keeps the browser path (defineSite + decide + parse/serialize + the store with cookie persistence) free of signing and domain matching, within ${String(browserGuard)} B min+gzip`, async () => {
  const { code, minified, gzipped } = await bundleForBrowser(`export { defineSite, decide, parseConsent, serializeConsent, createConsentStore } from '@kakor/consent';`, packageDir);
  console.log(`@kakor/consent browser path: ${String(minified)} B minified, ${String(gzipped)} B min+gzip (target 2.5 KB, guard ${String(browserGuard)} B)`);
  expect(code.includes('importKey'), 'HMAC signing (crypto.subtle.importKey) reached the browser path').toBe(false);
  expect(code.includes('document.cookie')).toBe(true);
  // `decide` brings the name matcher (its generic-name list), but no domain comparison.
  expect(code.includes('visitor_id')).toBe(true);
  expect(code.includes('endsWith(`.'), 'domain matching reached the browser path').toBe(false);
  expect(gzipped).toBeLessThanOrEqual(browserGuard);
});
