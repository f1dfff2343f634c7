import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hubspot } from '@kakor/catalog';
import { expect, it } from 'vitest';
import { bundleForBrowser } from '../../../test-utils/bundle.mjs';

const packageDir = join(import.meta.dirname, '..');
// 4 KB until issue #15's domain-bound matching added about 300 B to the matcher every site carries.
const budget = 4.4 * 1024;
const site = `import { defineSite } from '@kakor/consent';
import { googleAnalytics, hubspot, meta, stripe, youtube } from '@kakor/catalog/rules';
export const site = defineSite({ processors: [googleAnalytics, hubspot, meta, stripe, youtube] });`;

// React stays external, as in an app that already ships it; the catalog data are the five
// processors' text-free rules, as a browser bundle should import them.
it(`keeps provider + useConsent + useCategory + ConsentGate + a five-processor site within ${String(budget)} B min+gzip`, async () => {
  expect(existsSync(join(packageDir, 'dist/index.js')), 'packages/react/dist is missing: run `pnpm build` first').toBe(true);
  const typical = await bundleForBrowser(`${site}\nexport { ConsentProvider, useConsent, useCategory, ConsentGate } from '@kakor/react';`, packageDir, ['react', 'react-dom']);
  const withClearing = await bundleForBrowser(`${site}\nexport { clearBrowserStorage } from '@kakor/consent';\nexport { ConsentProvider, useConsent, useCategory, ConsentGate } from '@kakor/react';`, packageDir, ['react', 'react-dom']);
  console.log(`@kakor/react typical: ${String(typical.minified)} B minified, ${String(typical.gzipped)} B min+gzip (budget ${String(budget)} B)`);
  console.log(`@kakor/react typical + clearBrowserStorage: ${String(withClearing.minified)} B minified, ${String(withClearing.gzipped)} B min+gzip`);
  expect(typical.code).toContain('hubspotutk');
  expect(typical.code).not.toContain('ZodError');
  // Rules only: no purposes, descriptions or sources.
  for (const item of hubspot.cookies) expect(typical.code).not.toContain(item.purpose.en);
  expect(typical.code).not.toContain(hubspot.sources[0]?.url);
  expect(typical.gzipped).toBeLessThanOrEqual(budget);
  // A guard against growth for the build with browser clearing; measured 4,655 B when written,
  // 5,137 B after issue #15's domain-bound matching.
  expect(withClearing.gzipped).toBeLessThanOrEqual(5.4 * 1024);
});
