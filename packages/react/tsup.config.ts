import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base';

// Every output file is a client module: React Server Components must not run the hooks.
export default defineConfig(
  packageBuild({
    entry: ['src/**/*.ts', 'src/**/*.tsx', '!src/**/*.test.ts', '!src/**/*.test.tsx'],
    banner: { js: "'use client';" },
    external: ['react'],
  }),
);
