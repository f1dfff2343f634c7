import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'consent',
    // Property tests run thousands of cases; a loaded 2-core machine needs more than the 5 s default.
    testTimeout: 30_000,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
  },
});
