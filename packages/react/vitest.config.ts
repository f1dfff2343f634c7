import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'react',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    typecheck: { enabled: true, include: ['test/**/*.test-d.{ts,tsx}'] },
  },
});
