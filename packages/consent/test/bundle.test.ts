import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

const packageDir = join(import.meta.dirname, '..');
// Issue #4 asked for 2.5 KB; the measured size is about 3.1 KB (see the package README).
// This guard keeps it from growing while that gap stays open.
const budget = 3.3 * 1024;

// Bundles the built package as a browser app would, with the catalog's matcher but no catalog data.
it(`keeps defineSite + decide + encode/decode + store within ${String(budget)} B min+gzip, without Zod`, async () => {
  expect(existsSync(join(packageDir, 'dist/index.js')), 'packages/consent/dist is missing: run `pnpm build` first').toBe(true);
  const result = await build({
    stdin: {
      contents: `export { defineSite, decide, encodeConsent, decodeConsent, createConsentStore } from '@kakor/consent';`,
      resolveDir: packageDir,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  const gzipped = gzipSync(code, { level: 9 }).length;
  console.log(`@kakor/consent core: ${String(code.length)} B minified, ${String(gzipped)} B min+gzip (budget ${String(budget)} B)`);
  expect(code).not.toContain('ZodError');
  expect(code).not.toContain('__stripe_mid');
  expect(gzipped).toBeLessThanOrEqual(budget);
});
