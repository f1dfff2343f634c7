import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { catalog, type CatalogEntry } from '@kakor/catalog';
import { cookieSchema, durationSchema } from '@kakor/catalog/schema';
import { defineSite, tailorEntry, type Site } from '@kakor/consent';
import { parse } from 'yaml';
import { z } from 'zod';

/** A site definition read from a file, with the name its policy gives the site's own cookies. */
export interface LoadedSite {
  readonly site: Site<CatalogEntry>;
  readonly owner?: string;
}

/** What a site file may say in place of a processor id: the entry as the site uses it. */
const tailoredSchema = z.strictObject({
  id: z.string(),
  only: z.array(z.string()).optional(),
  except: z.array(z.string()).optional(),
  change: z.record(z.string(), z.strictObject({ duration: durationSchema.optional(), domain: z.string().optional(), path: z.string().optional() })).optional(),
});

const siteFileSchema = z.strictObject({
  owner: z.string().min(1).optional(),
  processors: z.array(z.union([z.string(), tailoredSchema])),
  cookies: z.array(cookieSchema).optional(),
  revision: z.union([z.string(), z.number()]).optional(),
  maxAgeDays: z.number().positive().optional(),
  gpc: z.enum(['honour', 'deny-analytics', 'ignore']).optional(),
  allowUnknown: z.boolean().optional(),
  consentCookieName: z.string().min(1).optional(),
});

type SiteFile = z.infer<typeof siteFileSchema>;

/** Something went wrong reading a site file; the message says what and where. */
export class SiteFileError extends Error {}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${String(part)}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('') || '(top level)';
}

function closest(id: string, ids: readonly string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0] ?? 0;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j] ?? 0;
        row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length] ?? Infinity;
  };
  const best = ids.map((candidate) => ({ candidate, d: distance(id, candidate) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(2, Math.floor(id.length / 4)) ? best.candidate : undefined;
}

function fromData(data: SiteFile, file: string, entries: readonly CatalogEntry[]): LoadedSite {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const problems: string[] = [];
  const processors = data.processors.flatMap((use, index) => {
    const id = typeof use === 'string' ? use : use.id;
    const entry = byId.get(id);
    if (!entry) {
      const suggestion = closest(id, [...byId.keys()]);
      problems.push(`${file}: processors[${String(index)}]: no catalog entry has the id "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`);
      return [];
    }
    if (typeof use === 'string') return [entry];
    try {
      return [tailorEntry(entry, use)];
    } catch (error) {
      problems.push(`${file}: processors[${String(index)}]: ${(error as Error).message}`);
      return [];
    }
  });
  if (problems.length > 0) throw new SiteFileError(problems.join('\n'));
  try {
    const site = defineSite({
      processors,
      ...(data.cookies && { cookies: data.cookies }),
      ...(data.revision !== undefined && { revision: data.revision }),
      ...(data.maxAgeDays !== undefined && { maxAgeDays: data.maxAgeDays }),
      ...(data.gpc && { gpc: data.gpc }),
      ...(data.allowUnknown !== undefined && { allowUnknown: data.allowUnknown }),
      ...(data.consentCookieName && { consentCookieName: data.consentCookieName }),
    });
    return data.owner === undefined ? { site } : { site, owner: data.owner };
  } catch (error) {
    throw new SiteFileError(`${file}: ${(error as Error).message}`);
  }
}

function isSite(value: unknown): value is Site<CatalogEntry> {
  return typeof value === 'object' && value !== null && 'fingerprint' in value && Array.isArray((value as Site).processors) && 'maxAgeMs' in value;
}

async function fromModule(path: string, file: string): Promise<LoadedSite> {
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (error) {
    throw new SiteFileError(`${file}: could not load the module: ${(error as Error).message}`);
  }
  const site = module.site ?? module.default;
  if (!isSite(site)) throw new SiteFileError(`${file}: export the result of defineSite(...) as \`site\` (or as the default export)`);
  const missingTexts = site.processors.filter((entry) => typeof (entry as Partial<CatalogEntry>).name !== 'string').map((entry) => entry.id);
  if (missingTexts.length > 0) {
    throw new SiteFileError(`${file}: ${missingTexts.join(', ')} ${missingTexts.length === 1 ? 'is' : 'are'} text-free rules (@kakor/catalog/rules); a policy needs the full entries from @kakor/catalog`);
  }
  return typeof module.owner === 'string' ? { site, owner: module.owner } : { site };
}

/**
 * Reads a site definition: JSON or YAML (`processors` as catalog ids, optionally tailored,
 * plus the site's own `cookies`), or a JavaScript module exporting `site` from `defineSite`.
 * Throws {@link SiteFileError} with every problem, each naming the file and the field.
 */
export async function loadSiteFile(path: string, file: string = path, entries: readonly CatalogEntry[] = catalog): Promise<LoadedSite> {
  const extension = extname(path).toLowerCase();
  if (['.js', '.mjs', '.cjs'].includes(extension)) return fromModule(path, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new SiteFileError(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let raw: unknown;
  try {
    raw = extension === '.json' ? JSON.parse(text) : parse(text);
  } catch (error) {
    throw new SiteFileError(`${file}: not valid ${extension === '.json' ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0] ?? ''}`);
  }
  const result = siteFileSchema.safeParse(raw);
  if (!result.success) {
    throw new SiteFileError(result.error.issues.map((issue) => `${file}: ${pathOf(issue.path)}: ${issue.message}`).join('\n'));
  }
  return fromData(result.data, file, entries);
}
