import { join } from 'node:path';

/** The repository's root folder. */
export const repoRoot = join(import.meta.dirname, '..', '..');

/** Where `pnpm docs` writes the site unless told otherwise. */
export const defaultSiteDir = join(repoRoot, 'docs', 'site');
