import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'records',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-postgres.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
  },
});
