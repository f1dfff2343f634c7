import { validateCatalogDir } from '@kakor/catalog/validate';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kakor, repoRoot } from './run-kakor';

let root: string;

// A catalog folder laid out like the repository's: catalog/processors and catalog/schema.json.
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kakor-new-'));
  await mkdir(join(root, 'catalog/processors'), { recursive: true });
  await copyFile(join(repoRoot, 'catalog/schema.json'), join(root, 'catalog/schema.json'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('kakor new', () => {
  it('writes catalog/processors/<id>.yaml that the validator accepts as written', async () => {
    const { code, stdout } = await kakor(['new', 'acme-pay'], root);
    expect(code).toBe(0);
    expect(stdout).toContain('created catalog/processors/acme-pay.yaml: replace every TODO');
    const source = await readFile(join(root, 'catalog/processors/acme-pay.yaml'), 'utf8');
    expect(source.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema.json');
    expect(source).toMatch(/^legalName: .*# TODO: /m);

    const result = await validateCatalogDir(join(root, 'catalog'), root);
    // Valid as written; each placeholder is a warning until it is replaced.
    expect(result.ok).toBe(true);
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.every((problem) => problem.code === 'placeholder' && problem.severity === 'warning')).toBe(true);
    expect(result.problems.map((problem) => problem.path)).toEqual(expect.arrayContaining(['legalName', 'website', 'description.en', 'description.sv', 'sources[0].url']));
    expect(result.entries).toMatchObject([{ id: 'acme-pay', name: 'Acme Pay', kind: 'processor', headquarters: 'SE', cookies: [] }]);
    expect(await kakor(['validate', 'catalog'], root)).toMatchObject({ code: 0 });
  });

  it('writes a technology without the fields only a processor needs', async () => {
    const { code } = await kakor(['new', 'acme-framework', '--kind', 'technology'], root);
    expect(code).toBe(0);
    const result = await validateCatalogDir(join(root, 'catalog'), root);
    expect(result.problems.filter((problem) => problem.code !== 'placeholder')).toEqual([]);
    const [technology] = result.entries;
    expect(technology).toMatchObject({ id: 'acme-framework', kind: 'technology', services: ['framework'] });
    expect(Object.keys(technology ?? {})).not.toContain('legalName');
    expect(Object.keys(technology ?? {})).not.toContain('processing');
  });

  it('marks every placeholder value with a TODO', async () => {
    await kakor(['new', 'acme-pay'], root);
    const source = await readFile(join(root, 'catalog/processors/acme-pay.yaml'), 'utf8');
    const [data] = (await validateCatalogDir(join(root, 'catalog'), root)).entries;
    const texts = [data?.description.en, data?.description.sv, data?.description.nb, data?.legalName, data?.sources[0]?.url];
    for (const text of texts) expect(text).toContain('TODO');
    const placeholderLines = source.split('\n').filter((line) => /^(name|website|headquarters|services|dataCategories| {2}locations):/.test(line));
    expect(placeholderLines).toHaveLength(6);
    for (const line of placeholderLines) expect(line).toContain('# TODO: ');
  });

  it('writes into --dir, the same folder `kakor validate <dir>` reads', async () => {
    const folder = join(root, 'elsewhere');
    await mkdir(folder);
    const { code } = await kakor(['new', 'acme-pay', '--dir', folder], root);
    expect(code).toBe(0);
    const source = await readFile(join(folder, 'acme-pay.yaml'), 'utf8');
    expect(source).not.toContain('yaml-language-server');
    expect((await validateCatalogDir(folder, root)).ok).toBe(true);
  });

  it.each(['Acme', 'acme_pay', 'acme pay', '-acme', 'acme-', 'acme--pay', '1acme', '../escape'])('refuses the id %j with exit code 1', async (id) => {
    // After `--`, so commander hands "-acme" over as the id rather than reading it as an option.
    const { code, stderr } = await kakor(['new', '--', id], root);
    expect(code).toBe(1);
    expect(stderr).toContain(`kakor new: "${id}" is not a valid id: expected a kebab-case id such as "google-analytics"`);
    expect(existsSync(join(root, 'catalog/processors', `${id}.yaml`))).toBe(false);
  });

  it('refuses to overwrite an existing entry', async () => {
    const file = join(root, 'catalog/processors/acme-pay.yaml');
    await writeFile(file, 'id: acme-pay\n');
    const { code, stderr } = await kakor(['new', 'acme-pay'], root);
    expect(code).toBe(1);
    expect(stderr).toBe('kakor new: catalog/processors/acme-pay.yaml already exists; edit it, or choose another id\n');
    expect(await readFile(file, 'utf8')).toBe('id: acme-pay\n');
  });

  it('says so when the folder does not exist, and refuses an unknown kind', async () => {
    const missing = await kakor(['new', 'acme-pay', '--dir', 'no/such/folder'], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('kakor new: no catalog folder at no/such/folder');
    const kind = await kakor(['new', 'acme-pay', '--kind', 'robot'], root);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('Allowed choices are processor, technology');
  });
});
