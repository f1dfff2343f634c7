import { catalog, formatDuration, type CatalogEntry } from '@kakor/catalog';
import { validateCatalogDir } from '@kakor/catalog/validate';
import { parse as parseCookieHeader } from 'cookie';
import { resolve } from 'node:path';
import { createColors } from 'picocolors';
import { classifyNames, type Classification } from '../classify';
import type { CliIo } from '../io';
import { renderTable, shorten } from '../table';

/** Options of `kakor classify`. */
export interface ClassifyOptions {
  readonly json?: boolean;
  readonly cookieHeader?: string;
  readonly catalog?: string;
  readonly domain?: string;
}

/** Names from the arguments and from a `Cookie:` header, in order, without empty ones. */
export function namesToClassify(args: readonly string[], cookieHeader: string | undefined): { names: string[]; skipped: number } {
  const fromHeader = cookieHeader === undefined ? [] : Object.keys(parseCookieHeader(cookieHeader));
  const all = [...args, ...fromHeader];
  const names = all.filter((name) => name.trim() !== '');
  return { names, skipped: all.length - names.length };
}

async function entriesFrom(catalogDir: string | undefined, io: CliIo): Promise<readonly CatalogEntry[] | undefined> {
  if (catalogDir === undefined) return catalog;
  const result = await validateCatalogDir(resolve(io.cwd, catalogDir), io.cwd);
  if (!result.ok) {
    io.stderr(`kakor classify: the catalog in ${catalogDir} has errors; run \`kakor validate ${catalogDir}\` to see them\n`);
    return undefined;
  }
  return result.entries;
}

function renderHuman(results: readonly Classification[], entries: readonly CatalogEntry[], io: CliIo): string {
  const c = createColors(io.color);
  const displayName = (id: string): string => entries.find((entry) => entry.id === id)?.name ?? id;
  const rows = results.map((r) =>
    r.known
      ? [shorten(r.name), r.processorName ?? '', r.category ?? '', formatDuration(r.duration ?? ''), r.party ?? '', r.storage ?? '']
      : [shorten(r.name), c.yellow('unknown'), '', '', '', ''],
  );
  const known = results.filter((r) => r.known).length;
  const table = renderTable(['NAME', 'PROVIDER', 'CATEGORY', 'DURATION', 'PARTY', 'STORAGE'], rows, (text) => c.bold(text));
  const sharedItems = results.filter((r) => r.alsoSetBy.length > 0);
  const width = Math.max(0, ...sharedItems.map((r) => shorten(r.name).length));
  const shared = sharedItems.map((r) => `${shorten(r.name).padEnd(width)}  ${c.dim(`also set by: ${r.alsoSetBy.map(displayName).join(', ')}`)}\n`);
  const boundItems = results.filter((r) => r.knownOn.length > 0);
  const bound = boundItems.map((r) => `${shorten(r.name)}  ${c.dim(`known only on ${r.knownOn.join(', ')}: pass --domain to classify it there`)}\n`);
  return `${table}\n${shared.join('')}${bound.join('')}${String(known)} of ${String(results.length)} known\n`;
}

/** `kakor classify [--json] [--domain D] NAME… | --cookie-header STR`: returns the exit code. */
export async function classifyCommand(args: readonly string[], options: ClassifyOptions, io: CliIo): Promise<number> {
  const { names, skipped } = namesToClassify(args, options.cookieHeader);
  if (skipped > 0) io.stderr(`kakor classify: skipped ${String(skipped)} empty name(s)\n`);
  if (names.length === 0) {
    io.stderr('kakor classify: no names to classify; give cookie names, e.g. `kakor classify _ga _fbp`, or --cookie-header "a=1; b=2"\n');
    return 2;
  }
  if (options.domain !== undefined && !/^\.?[a-z0-9-]+(\.[a-z0-9-]+)*\.?$/i.test(options.domain)) {
    io.stderr(`kakor classify: --domain takes the domain the cookies were set on, such as "ad.doubleclick.net" or ".example.com"; received ${JSON.stringify(options.domain)}\n`);
    return 2;
  }
  const entries = await entriesFrom(options.catalog, io);
  if (!entries) return 1;
  const results = classifyNames(names, entries, options.domain === undefined ? {} : { domain: options.domain });
  io.stdout(options.json ? `${JSON.stringify(results, null, 2)}\n` : renderHuman(results, entries, io));
  return 0;
}
