import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Writes the typedoc API reference of every package in typedoc.json to `<siteDir>/api`. typedoc.json
 * treats warnings (an export without a doc comment among them) as errors, so this fails on them.
 */
export async function buildApiReference(root: string, siteDir: string): Promise<void> {
  const typedoc = join(root, 'node_modules', 'typedoc', 'bin', 'typedoc');
  try {
    await run(process.execPath, [typedoc, '--out', join(siteDir, 'api'), '--logLevel', 'Warn'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`typedoc failed (fix the warnings below, e.g. add the missing doc comments):\n${stdout}${stderr}`);
  }
}

interface TypedocConfig {
  readonly entryPoints: readonly string[];
}

/**
 * The API reference page of each package whose README typedoc shows there
 * (`packages/react/README.md` → `api/modules/_kakor_react.html`), for the packages whose page exists.
 */
export function apiReadmePages(root: string, siteDir: string): Map<string, string> {
  const config = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as TypedocConfig;
  const pages = new Map<string, string>();
  for (const folder of config.entryPoints) {
    const { name } = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')) as { name: string };
    const page = `api/modules/${name.toLowerCase().replace(/[^a-z0-9]/g, '_')}.html`;
    if (existsSync(join(siteDir, page))) pages.set(join(root, folder, 'README.md'), page);
  }
  return pages;
}
