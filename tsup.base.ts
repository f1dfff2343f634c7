import type { Options } from 'tsup';

/**
 * The build every package shares: ESM and CJS, each with its own declarations
 * (.d.ts and .d.cts), one output file per source file so bundlers can drop what is
 * not imported.
 */
export function packageBuild(overrides: Options = {}): Options {
  return {
    entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'es2022',
    splitting: true,
    treeshake: false,
    outDir: 'dist',
    ...overrides,
  };
}
