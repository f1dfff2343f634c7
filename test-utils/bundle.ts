import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** A bundle as an app's build would make it, and its size. */
export interface MeasuredBundle {
  readonly code: string;
  readonly minified: number;
  /** Minified, then gzip -9. */
  readonly gzipped: number;
}

/**
 * Bundles `contents` (an entry module's source) for the browser with esbuild --minify, the
 * setting the size budgets and the benchmark use, resolving imports from `resolveDir`.
 */
export async function bundleForBrowser(contents: string, resolveDir: string, external: readonly string[] = []): Promise<MeasuredBundle> {
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
  const code = result.outputFiles[0]?.text ?? '';
  return { code, minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}
