import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { bundleForBrowser } from '../../../test-utils/bundle.mjs';

const packageDir = join(import.meta.dirname, '..');
// Issue #4 asked for 2.5 KB; the measured size was about 3.1 KB (see the package README).
// This guard keeps it from growing while that gap stays open. Issue #15's domain-bound items
// (a vendor's generic cookie names never claimed for the site's own) added about 300 B.
const budget = 3.7 * 1024;

// Bundles the built package as a browser app would, with the catalog's matcher but no catalog data.
it(`keeps defineSite + decide + encode/decode + store within ${String(budget)} B min+gzip, without Zod`, async () => {
  expect(existsSync(join(packageDir, 'dist/index.js')), 'packages/consent/dist is missing: run `pnpm build` first').toBe(true);
  const { code, minified, gzipped } = await bundleForBrowser(`export { defineSite, decide, encodeConsent, decodeConsent, createConsentStore } from '@kakor/consent';`, packageDir);
  console.log(`@kakor/consent core: ${String(minified)} B minified, ${String(gzipped)} B min+gzip (budget ${String(budget)} B)`);
  expect(code).not.toContain('ZodError');
  expect(code).not.toContain('__stripe_mid');
  expect(gzipped).toBeLessThanOrEqual(budget);
});
