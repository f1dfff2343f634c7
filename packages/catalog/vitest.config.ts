import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'catalog',
    // Property tests run thousands of cases; a loaded 2-core machine needs more than the 5 s default.
    testTimeout: 30_000,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'] },
  },
});
