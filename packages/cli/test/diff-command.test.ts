import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CatalogDiff } from '../src';
import { kakor, repoRoot } from './run-kakor';

const fixtures = 'packages/cli/test/fixtures/diff';
const fixture = (name: string) => join(fixtures, name);

describe('kakor diff', () => {
  it('prints added, removed and changed entries and items as Markdown release notes', async () => {
    const { code, stdout, stderr } = await kakor(['diff', fixture('old.json'), fixture('new.json')]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(`## Catalog changes

1 entry added, 1 removed, 1 changed.

### Added

- **Delta** (\`delta\`): 2 items: \`d_id\`, \`d_*_x\` (localStorage)

### Removed

- **Gamma** (\`gamma\`): 1 item: \`g_id\`

### Changed

#### Alpha (\`alpha\`)

- legalName: "Alpha AB" → "Alpha Analytics AB"
- processing.locations: \`EU\` → \`EU\`, \`US\`
- processing.transferSafeguards: _none_ → \`sccs\`
- description.sv: _none_ → "Alpha, en testfixtur."
- sources:
  - checked https://alpha.example/cookies again: 2026-11-01 → 2026-11-23
  - added https://alpha.example/privacy (checked 2026-11-23)
- added \`_a_new\` (cookie, preferences)
- removed \`_a_old\` (cookie, marketing)
- \`_a_id\`:
  - duration: 13 months (\`P13M\`) → 12 months (\`P12M\`)
  - domain: _none_ → \`.alpha.example\`
  - purpose.sv: _none_ → "Skiljer besökare åt."
- \`a_store\` (sessionStorage):
  - storage: \`localStorage\` → \`sessionStorage\`
`);
  });

  it('gives the same changes as JSON', async () => {
    const { code, stdout } = await kakor(['diff', '--json', fixture('old.json'), fixture('new.json')]);
    expect(code).toBe(0);
    const diff = JSON.parse(stdout) as CatalogDiff;
    expect(diff.addedEntries.map((e) => e.id)).toEqual(['delta']);
    expect(diff.removedEntries).toEqual([{ id: 'gamma', name: 'Gamma', items: [{ name: 'g_id', isPattern: false, storage: 'cookie', category: 'analytics' }] }]);
    expect(diff.changedEntries).toHaveLength(1);
    const alpha = diff.changedEntries[0];
    expect(alpha?.changes).toContainEqual({ field: 'description.sv', before: null, after: 'Alpha, en testfixtur.' });
    expect(alpha?.changedItems).toEqual([
      {
        item: { name: '_a_id', isPattern: false, storage: 'cookie', category: 'analytics' },
        changes: [
          { field: 'duration', before: 'P13M', after: 'P12M' },
          { field: 'domain', before: null, after: '.alpha.example' },
          { field: 'purpose.sv', before: null, after: 'Skiljer besökare åt.' },
        ],
      },
      {
        item: { name: 'a_store', isPattern: false, storage: 'sessionStorage', category: 'analytics' },
        changes: [{ field: 'storage', before: 'localStorage', after: 'sessionStorage' }],
      },
    ]);
    expect(alpha?.addedItems.map((i) => i.name)).toEqual(['_a_new']);
    expect(alpha?.removedItems.map((i) => i.name)).toEqual(['_a_old']);
  });

  it('says there are no changes between a catalog and itself', async () => {
    const { code, stdout } = await kakor(['diff', fixture('old.json'), fixture('old.json')]);
    expect(code).toBe(0);
    expect(stdout).toBe('## Catalog changes\n\nNo changes.\n');
  });

  it('reads the catalog.json @kakor/catalog builds', async () => {
    const built = 'packages/catalog/catalog.json';
    const { code, stdout } = await kakor(['diff', '--json', built, built], repoRoot);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ addedEntries: [], removedEntries: [], changedEntries: [] });
  });

  it.each([
    ['a missing file', 'nope.json', 'kakor diff: cannot read packages/cli/test/fixtures/diff/nope.json: no such file\n'],
    ['a folder', '', 'kakor diff: cannot read packages/cli/test/fixtures/diff: it is a folder, not a file\n'],
    ['a file that is not JSON', 'not-json.json', 'kakor diff: packages/cli/test/fixtures/diff/not-json.json is not valid JSON ('],
    ['JSON that is not a catalog', 'no-name.json', 'kakor diff: packages/cli/test/fixtures/diff/no-name.json is not a Kakor catalog.json: expected entries[0].cookies[0] ("x") to have a "name" or a "pattern"\n'],
  ])('exits 1 with a clear message, no stack trace, for %s', async (_, name, message) => {
    const { code, stdout, stderr } = await kakor(['diff', fixture('old.json'), fixture(name)]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.startsWith(message)).toBe(true);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('names both files when both are unusable', async () => {
    const { code, stderr } = await kakor(['diff', fixture('nope.json'), fixture('not-json.json')]);
    expect(code).toBe(1);
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('asks for two files', async () => {
    const { code, stderr } = await kakor(['diff', fixture('old.json')]);
    expect(code).toBe(2);
    expect(stderr).toContain("missing required argument 'new'");
  });
});
