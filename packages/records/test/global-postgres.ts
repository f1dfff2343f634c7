import type { TestProject } from 'vitest/node';
import { startPostgres } from '../../../test-utils/postgres.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared test cluster's superuser URL; each test file makes its own database on it. */
    postgresUrl: string;
  }
}

// vitest's globalSetup contract is a default export.
// eslint-disable-next-line no-restricted-syntax
export default async function startSharedPostgres(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPostgres();
  project.provide('postgresUrl', server.url);
  return server.remove;
}
