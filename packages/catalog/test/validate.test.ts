import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateCatalogDir, validateCatalogSources } from '../src/validate';

const fixtures = join(import.meta.dirname, 'fixtures');
const validateFixture = (dir: string) => validateCatalogDir(join(fixtures, dir), fixtures);

describe('validateCatalogDir', () => {
  it('accepts a valid catalog and reads every entry', async () => {
    const result = await validateFixture('valid');
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    // "*_csrf" and "_acme_*" can both match "_acme_csrf": reported, but only as a warning.
    expect(result.problems.map((p) => [p.code, p.severity])).toEqual([['overlapping-patterns', 'warning']]);
    expect(result.entries.map((e) => e.id)).toEqual(['acme-analytics', 'acme-framework']);
  });

  // One fixture per rule: the code, the place and what the message must say.
  it.each([
    ['malformed-yaml', 'yaml', '', 'bad/malformed-yaml/malformed-yaml.yaml:3', 'not valid YAML'],
    ['duplicate-key', 'yaml', '', 'duplicate-key.yaml:12', 'not valid YAML'],
    ['empty-file', 'empty', '', 'empty-file.yaml:1:1', 'the file is empty'],
    ['wrong-type', 'invalid_type', 'services', 'wrong-type.yaml:5:11', 'expected a list of services, received "framework"'],
    ['bad-duration', 'custom', 'cookies[0].duration', 'bad-duration.yaml:15:15', 'expected "session", "persistent" or an ISO 8601 duration such as P13M or PT30M, received "1 year"'],
    ['unknown-field', 'unrecognized_keys', 'vendorr', 'unknown-field.yaml:12:1', 'unknown field "vendorr"'],
    ['missing-en-purpose', 'invalid_type', 'cookies[0].purpose.en', 'missing-en-purpose.yaml:19', 'missing; expected an English text'],
    ['id-file-name', 'id-file-name', 'id', 'id-file-name.yaml:1:5', 'expected the id to equal the file name "id-file-name", received "not-the-file-name"'],
    ['duplicate-id', 'duplicate-id', 'id', 'dup.yaml:1:5', 'the id "dup" is already used by bad/duplicate-id/dup-copy.yaml'],
    ['duplicate-name', 'duplicate-name', 'cookies[0].name', 'second.yaml:13:11', 'the cookie name "shared_name" is already claimed by bad/duplicate-name/first.yaml'],
    ['overlapping-patterns', 'overlapping-patterns', 'cookies[0].pattern', 'second.yaml:13:14', 'the pattern "_ov_x*" overlaps "_ov_*"'],
    ['regexp-pattern', 'custom', 'cookies[0].pattern', 'regexp-pattern.yaml:13:14', 'looks like regular-expression syntax'],
    ['name-and-pattern', 'custom', 'cookies[0]', 'name-and-pattern.yaml:13:5', 'expected exactly one of `name`'],
    ['http-url', 'invalid_format', 'sources[0].url', 'http-url.yaml:10:10', 'expected an https URL'],
    ['bad-country', 'custom', 'headquarters', 'bad-country.yaml:3:15', 'expected an ISO 3166-1 alpha-2 country code such as "SE" or "US", received "XX"'],
    ['missing-safeguard', 'custom', 'processing.transferSafeguards', 'missing-safeguard.yaml:9', 'transfer safeguards for processing outside the EEA (US)'],
    ['yml-extension', 'file-extension', '', 'yml-extension.yml:1:1', 'expected the extension .yaml'],
    ['shared-missing', 'duplicate-pattern', 'cookies[0].pattern', 'second.yaml:13:14', 'the cookie pattern "_sh_id.*" is already claimed by bad/shared-missing/first.yaml (cookies[0]); a pattern belongs to one entry. If both really set it, add `sharedWith: [first]` to this item and `sharedWith: [second]` to that one'],
    ['shared-one-way', 'shared-one-way', 'cookies[0].pattern', 'second.yaml:13:14', 'bad/shared-one-way/first.yaml (cookies[0]) lists "second" in sharedWith for the cookie pattern "_sh_id.*", but this item does not list "first"'],
    ['shared-unknown-id', 'unknown-shared-id', 'cookies[0].sharedWith[0]', 'shared-unknown-id.yaml:20:18', 'sharedWith names "nobody", but no catalog entry has that id'],
    ['shared-without-counterpart', 'shared-without-counterpart', 'cookies[0].sharedWith[0]', 'first.yaml:20:18', 'bad/shared-without-counterpart/second.yaml has no item with the cookie name "_sh_ses"'],
    ['shared-with-self', 'custom', 'cookies[0].sharedWith[0]', 'shared-with-self.yaml:20:18', 'not this entry\'s own id "shared-with-self", received "shared-with-self"'],
  ])('%s: reports %s at %s', async (dir, code, path, place, message) => {
    const result = await validateFixture(join('bad', dir));
    expect(result.ok).toBe(false);
    const problem = result.problems.find((p) => p.code === code && p.path === path);
    if (!problem) throw new Error(`no ${code} problem at "${path}" in ${JSON.stringify(result.problems, null, 2)}`);
    const line = formatProblem(problem);
    expect(line).toContain(place);
    expect(line).toContain(message);
  });

  it('suggests sharedWith when two entries claim the same name', async () => {
    const result = await validateFixture('bad/duplicate-name');
    expect(result.problems.map((p) => p.message)).toEqual([
      'the cookie name "shared_name" is already claimed by bad/duplicate-name/first.yaml (cookies[0]); a name belongs to one entry. If both really set it, add `sharedWith: [first]` to this item and `sharedWith: [second]` to that one',
    ]);
  });

  it('reports every problem of a file at once', () => {
    const source = 'id: Bad Id\nname: ""\nwebsite: http://x\nkind: robot\nservices: []\ndataCategories: [dna]\ndescription: {}\nsources: []\ncookies: []\n';
    const result = validateCatalogSources([{ file: 'Bad Id.yaml', source }]);
    expect(result.problems.map((p) => p.path).sort()).toEqual(
      ['dataCategories[0]', 'description.en', 'id', 'kind', 'name', 'services', 'sources', 'website'].sort(),
    );
  });
});

describe('sharedWith', () => {
  it('lets two entries claim the same name and pattern when each lists the other', async () => {
    const result = await validateFixture('valid-shared');
    expect(result.problems).toEqual([]);
    expect(result.entries.map((e) => e.id)).toEqual(['acme-fork', 'acme-origin']);
    expect(result.entries[0]?.cookies[0]?.sharedWith).toEqual(['acme-origin']);
  });

  const entry = (id: string, items: { name: string; sharedWith?: string[] }[]) => ({
    file: `${id}.yaml`,
    source: `id: ${id}
name: ${id}
website: https://${id}.example
kind: technology
services: [framework]
dataCategories: []
description: { en: A fixture. }
sources: [{ url: "https://${id}.example", checked: 2026-11-23 }]
cookies:
${items
  .map(
    (item) => `  - name: ${item.name}
    category: necessary
    duration: session
    party: first
    storage: cookie
    purpose: { en: A fixture. }
${item.sharedWith ? `    sharedWith: [${item.sharedWith.join(', ')}]\n` : ''}`,
  )
  .join('')}`,
  });

  it('accepts three entries sharing a name when every pair lists each other', () => {
    const result = validateCatalogSources([
      entry('aa', [{ name: 'trio', sharedWith: ['bb', 'cc'] }]),
      entry('bb', [{ name: 'trio', sharedWith: ['aa', 'cc'] }]),
      entry('cc', [{ name: 'trio', sharedWith: ['aa', 'bb'] }]),
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reports the pair that does not list each other among three entries', () => {
    const result = validateCatalogSources([
      entry('aa', [{ name: 'trio', sharedWith: ['bb'] }]),
      entry('bb', [{ name: 'trio', sharedWith: ['aa'] }]),
      entry('cc', [{ name: 'trio' }]),
    ]);
    expect(result.problems.map((p) => [p.file, p.code])).toEqual([
      ['cc.yaml', 'duplicate-name'],
      ['cc.yaml', 'duplicate-name'],
    ]);
  });

  it('keeps an item that merely lists another entry from sharing a different name', () => {
    const result = validateCatalogSources([entry('aa', [{ name: 'one', sharedWith: ['bb'] }]), entry('bb', [{ name: 'two', sharedWith: ['aa'] }])]);
    expect(result.problems.map((p) => [p.file, p.code, p.path])).toEqual([
      ['aa.yaml', 'shared-without-counterpart', 'cookies[0].sharedWith[0]'],
      ['bb.yaml', 'shared-without-counterpart', 'cookies[0].sharedWith[0]'],
    ]);
  });

  it('leaves an id whose file fails its own schema to that file\'s problems', () => {
    const broken = { file: 'bb.yaml', source: 'id: bb\nname: 42\n' };
    const result = validateCatalogSources([entry('aa', [{ name: 'one', sharedWith: ['bb'] }]), broken]);
    expect(result.problems.every((p) => p.file === 'bb.yaml')).toBe(true);
    expect(result.ok).toBe(false);
  });

  it('refuses an empty list and ids that are not kebab-case', () => {
    const empty = validateCatalogSources([entry('aa', [{ name: 'one', sharedWith: [] }])]);
    expect(empty.problems[0]?.message).toContain('leave sharedWith out when no other entry sets the item');
    const odd = validateCatalogSources([entry('aa', [{ name: 'one', sharedWith: ['Not An Id'] }])]);
    expect(odd.problems[0]).toMatchObject({ path: 'cookies[0].sharedWith[0]', message: 'expected a kebab-case id such as "google-analytics", received "Not An Id"' });
  });
});

describe('bad input never throws and is reported', () => {
  const entry = (name: string) => `id: odd
name: Odd
website: https://odd.example
kind: technology
services: [framework]
dataCategories: []
description: { en: Odd. }
sources: [{ url: "https://odd.example", checked: 2026-11-23 }]
cookies:
  - name: ${JSON.stringify(name)}
    category: necessary
    duration: session
    party: first
    storage: cookie
    purpose: { en: Odd. }
`;

  it.each([
    ['an empty name', '', 'expected a name, not an empty text'],
    ['a 10 kB name', 'x'.repeat(10_240), 'at most 256 characters'],
    ['a name with a control character', 'a\u0007b', 'without spaces, control characters'],
    ['a name with a space', 'a b', 'without spaces'],
  ])('%s', (_, name, message) => {
    const result = validateCatalogSources([{ file: 'odd.yaml', source: entry(name) }]);
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.message).toContain(message);
    expect(result.problems[0]?.line).toBe(10);
  });

  it('accepts odd but legal unicode in names', () => {
    expect(validateCatalogSources([{ file: 'odd.yaml', source: entry('kaka_ÅÄÖ_🍪') }]).ok).toBe(true);
  });

  it.each([
    ['a list at the top', '- a\n- b\n'],
    ['a scalar at the top', 'just text\n'],
    ['binary noise', '\u0000\u0001\u0002\uFFFF'],
    ['tabs for indentation', 'id: x\n\tname: y\n'],
    ['an alias bomb', 'a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: &c [*b, *b, *b]\nd: [*c, *c, *c]\n'],
    ['a prototype key', '__proto__: { polluted: true }\nconstructor: 1\n'],
  ])('%s', (_, source) => {
    const result = validateCatalogSources([{ file: 'x.yaml', source }]);
    expect(result.ok).toBe(false);
    expect(result.problems.length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('domain-bound and generic names', () => {
  const entry = (id: string, items: { name: string; party?: string; domain?: string }[]) => ({
    file: `${id}.yaml`,
    source: `id: ${id}
name: ${id}
website: https://${id}.example
kind: technology
services: [advertising]
dataCategories: []
description: { en: A fixture. }
sources: [{ url: "https://${id}.example", checked: 2026-12-01 }]
cookies:
${items
  .map(
    (item) => `  - name: ${item.name}
    category: marketing
    duration: session
    party: ${item.party ?? 'third'}
    storage: cookie
    purpose: { en: A fixture. }
${item.domain ? `    domain: ${item.domain}\n` : ''}`,
  )
  .join('')}`,
  });

  it('refuses a generic third-party name without a domain, at its line', () => {
    const result = validateCatalogSources([entry('ads', [{ name: 'IDE' }, { name: 'uid' }, { name: 'c' }, { name: 'LANG', domain: '.ads.example' }])]);
    const problems = result.problems.map(formatProblem);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^ads\.yaml:16:11 cookies\[1\]\.name: expected a `domain` on this third-party item: "uid" is a generic name/);
    expect(problems[1]).toMatch(/^ads\.yaml:22:11 cookies\[2\]\.name: expected a `domain`.*"c"/);
  });

  it('refuses a generic word as a first-party item', () => {
    const result = validateCatalogSources([entry('cms', [{ name: 'lang', party: 'first' }, { name: 'io', party: 'first' }])]);
    expect(result.problems.map((p) => `${p.path} ${p.message}`)).toEqual([expect.stringMatching(/^cookies\[0\]\.name expected a name that points at this technology: "lang"/)]);
  });

  it('lets two entries bind the same name to disjoint domains, and refuses nested or unbound ones', () => {
    const disjoint = validateCatalogSources([entry('aa', [{ name: 'uid', domain: '.aa.example' }]), entry('bb', [{ name: 'uid', domain: 'bb.example' }])]);
    expect(disjoint.problems).toEqual([]);
    const nested = validateCatalogSources([entry('aa', [{ name: 'uid', domain: '.aa.example' }]), entry('bb', [{ name: 'uid', domain: 'px.aa.example' }])]);
    expect(nested.problems.map((p) => p.code)).toEqual(['duplicate-name']);
    const unbound = validateCatalogSources([entry('aa', [{ name: 'IDE', domain: '.aa.example' }]), entry('bb', [{ name: 'IDE' }])]);
    expect(unbound.problems.map((p) => p.code)).toEqual(['duplicate-name']);
  });
});

describe('a name that another entry\'s pattern matches', () => {
  const entry = (id: string, key: string, category: string) => ({
    file: `${id}.yaml`,
    source: `id: ${id}
name: ${id}
website: https://${id}.example
kind: technology
services: [analytics]
dataCategories: []
description: { en: A fixture. }
sources: [{ url: "https://${id}.example", checked: 2026-12-01 }]
cookies:
  - ${key}
    category: ${category}
    duration: session
    party: first
    storage: cookie
    purpose: { en: A fixture. }
`,
  });

  it('warns only when the two would be consented to differently', () => {
    const same = validateCatalogSources([entry('aa', 'pattern: "AMP_*"', 'analytics'), entry('bb', 'name: AMP_TOKEN', 'analytics')]);
    expect(same.problems).toEqual([]);
    const different = validateCatalogSources([entry('aa', 'pattern: "AMP_*"', 'analytics'), entry('bb', 'name: AMP_TOKEN', 'necessary')]);
    expect(different.problems.map((p) => [p.code, p.severity, p.file])).toEqual([['name-matches-pattern', 'warning', 'bb.yaml']]);
    expect(different.problems[0]?.message).toContain('"AMP_TOKEN" (necessary) also matches the pattern "AMP_*" (analytics)');
  });
});
