/** A bundle as an app's build would make it, and its size. */
export interface MeasuredBundle {
  readonly code: string;
  /** Minified bytes. */
  readonly minified: number;
  /** Minified, then gzip -9. */
  readonly gzipped: number;
}

/**
 * Bundles `contents` (an entry module's source) for the browser with esbuild --minify, the
 * setting the size budgets and the benchmark use, resolving imports from `resolveDir`.
 */
export function bundleForBrowser(contents: string, resolveDir: string, external?: readonly string[]): Promise<MeasuredBundle>;
