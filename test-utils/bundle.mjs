// Plain JavaScript, so the size tests (TypeScript) and `pnpm bench` (Node) share one bundler
// setting; its types are in bundle.d.mts.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * Bundles `contents` (an entry module's source) for the browser with esbuild --minify, the
 * setting the size budgets and the benchmark use, resolving imports from `resolveDir`.
 */
export async function bundleForBrowser(contents, resolveDir, external = []) {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'tsx' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    external: [...external],
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  const code = output?.text ?? '';
  const bytes = output?.contents ?? new Uint8Array();
  return { code, minified: bytes.byteLength, gzipped: gzipSync(bytes, { level: 9 }).byteLength };
}
