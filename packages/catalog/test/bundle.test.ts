import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleForBrowser } from '../../../test-utils/bundle.mjs';
import type * as Catalog from '../src';

const packageDir = join(import.meta.dirname, '..');

async function bundle(code: string): Promise<string> {
  return (await bundleForBrowser(code, packageDir)).code;
}

// Bundles the built package, as an app would, to prove what an import pulls in.
describe('the built package', () => {
  beforeAll(() => {
    if (!existsSync(join(packageDir, 'dist/index.js'))) throw new Error('packages/catalog/dist is missing: run `pnpm build` before this test');
  });

  it('bundles one entry without the others and without Zod or YAML', async () => {
    const code = await bundle(`import { stripe } from '@kakor/catalog'; console.log(stripe);`);
    expect(code).toContain('__stripe_mid');
    expect(code).not.toContain('hubspotutk');
    expect(code).not.toContain('_pk_id');
    expect(code).not.toContain('ZodError');
    expect(code).not.toMatch(/yaml/i);
  });

  it('bundles a subpath import of one entry alone', async () => {
    const code = await bundle(`import { hubspot } from '@kakor/catalog/processors/hubspot'; console.log(hubspot);`);
    expect(code).toContain('hubspotutk');
    expect(code).not.toContain('__stripe_mid');
  });

  it('keeps the matcher small and free of catalog data', async () => {
    const code = await bundle(`import { createMatcher } from '@kakor/catalog'; console.log(createMatcher);`);
    expect(code).not.toContain('__stripe_mid');
    const gzipped = gzipSync(code, { level: 9 }).length;
    console.log(`createMatcher: ${String(code.length)} B minified, ${String(gzipped)} B min+gzip`);
    // Was 1 KB; binding items to a domain (issue 15: generic names matched only on their domain) added about 300 B.
    expect(gzipped).toBeLessThan(1400);
  });

  it('loads in Node from both require and import', async () => {
    const { createRequire } = await import('node:module');
    const required = createRequire(import.meta.url)(join(packageDir, 'dist/index.cjs')) as typeof Catalog;
    const imported = (await import(join(packageDir, 'dist/index.js'))) as typeof Catalog;
    expect(required.createMatcher(required.catalog).match('_fbp')?.entry.id).toBe('meta');
    expect(imported.createMatcher(imported.catalog).match('_fbp')?.entry.id).toBe('meta');
  });
});
