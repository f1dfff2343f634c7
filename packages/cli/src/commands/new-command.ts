import type { EntryKind } from '@kakor/catalog';
import { entryIdSchema } from '@kakor/catalog/schema';
import { existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { CliIo } from '../io';
import { scaffoldEntry } from '../scaffold-entry';

/** Options of `kakor new`. */
export interface NewOptions {
  readonly kind: EntryKind;
  /** The catalog folder (holding processors/) or a folder of .yaml files; `catalog` by default. */
  readonly dir?: string;
}

// Relative to where the command ran when the file is below it, else in full.
function displayPath(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? path : shown;
}

const isFolder = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();

// The same folder `kakor validate` reads: dir/processors when it exists, else dir itself.
function entriesFolder(catalogDir: string): string {
  const processors = join(catalogDir, 'processors');
  return isFolder(processors) ? processors : catalogDir;
}

// Where editors find catalog/schema.json from the new file, when the folder is in a catalog.
function schemaPathFrom(folder: string): string | undefined {
  const schema = [join(folder, '..', 'schema.json'), join(folder, 'schema.json')].find((path) => existsSync(path));
  return schema === undefined ? undefined : relative(folder, schema).split('\\').join('/');
}

/** `kakor new <id> [--kind technology] [--dir catalog]`: writes a new entry file; returns the exit code. */
export async function newCommand(id: string, options: NewOptions, io: CliIo): Promise<number> {
  const checked = entryIdSchema.safeParse(id);
  if (!checked.success) {
    io.stderr(`kakor new: "${id}" is not a valid id: ${checked.error.issues[0]?.message ?? 'expected a kebab-case id'} (lower-case letters and digits in words joined by "-")\n`);
    return 1;
  }
  const shownDir = options.dir ?? 'catalog';
  const catalogDir = resolve(io.cwd, shownDir);
  if (!isFolder(catalogDir)) {
    io.stderr(`kakor new: no catalog folder at ${shownDir}; run it at the repository root or pass --dir <folder>\n`);
    return 2;
  }
  const folder = entriesFolder(catalogDir);
  const file = join(folder, `${id}.yaml`);
  const shownFile = displayPath(file, io.cwd);
  const today = new Date().toISOString().slice(0, 10);
  try {
    // `wx`: never overwrite an entry someone has already written.
    await writeFile(file, scaffoldEntry({ id, kind: options.kind, today, schemaPath: schemaPathFrom(folder) }), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    io.stderr(`kakor new: ${shownFile} already exists; edit it, or choose another id\n`);
    return 1;
  }
  io.stdout(`created ${shownFile}: replace every TODO with facts from the vendor's own documentation, then run \`pnpm kakor validate\`\n`);
  return 0;
}
