import { catalogProvenance, formatProblem, formatShare, validateCatalogDir, type CatalogProvenance } from '@kakor/catalog/validate';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createColors } from 'picocolors';
import type { CliIo } from '../io';
import { renderTable } from '../table';
import { formatTranslationCoverage, translationCoverage } from '../translation-coverage';

/** Options of `kakor validate`. */
export interface ValidateOptions {
  readonly json?: boolean;
  /** Print, per entry, the share of facts confirmed from the vendor's own material. */
  readonly report?: boolean;
}

function renderProvenance(provenance: CatalogProvenance, bold: (text: string) => string): string {
  const rows = provenance.entries.map((row) => [row.id, formatShare(row.confirmed, row.facts), `${String(row.confirmed)}/${String(row.facts)}`, String(row.facts - row.confirmed)]);
  const table = renderTable(['ENTRY', 'CONFIRMED', 'FACTS', 'TO CHECK'], rows, bold);
  return `${table}\n`;
}

/** `kakor validate [dir]`: every problem at once; exit 1 on any error. */
export async function validateCommand(dir: string | undefined, options: ValidateOptions, io: CliIo): Promise<number> {
  const c = createColors(io.color);
  const target = resolve(io.cwd, dir ?? 'catalog');
  if (!existsSync(target) || !statSync(target).isDirectory()) {
    io.stderr(`kakor validate: no catalog folder at ${dir ?? 'catalog'}; pass the folder that holds processors/, e.g. \`kakor validate ./catalog\`\n`);
    return 2;
  }
  const started = performance.now();
  const result = await validateCatalogDir(target, io.cwd);
  const seconds = (performance.now() - started) / 1000;
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  const items = result.entries.reduce((sum, entry) => sum + entry.cookies.length, 0);
  const translations = translationCoverage(result.entries);
  const provenance = catalogProvenance(result.entries);
  const confirmed = { confirmed: provenance.confirmed, facts: provenance.facts };
  if (options.json) {
    const report = {
      ok: result.ok,
      files: result.files.length,
      entries: result.entries.length,
      items,
      translations,
      provenance: options.report ? { ...confirmed, entries: provenance.entries } : confirmed,
      seconds,
      problems: result.problems,
    };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return result.ok ? 0 : 1;
  }
  for (const problem of result.problems) {
    const text = formatProblem(problem);
    (problem.severity === 'error' ? io.stderr : io.stdout)(`${problem.severity === 'error' ? c.red(text) : c.yellow(text)}\n`);
  }
  if (result.files.length === 0) {
    io.stderr(`kakor validate: no .yaml files in ${dir ?? 'catalog'}\n`);
    return 1;
  }
  const summary = `${String(result.files.length)} files, ${String(result.entries.length)} valid entries, ${String(items)} cookie and storage items; ${String(errors)} error(s), ${String(warnings)} warning(s)`;
  io.stdout(`${result.ok ? c.green(`✔ ${summary}`) : c.red(`✖ ${summary}`)}\n`);
  if (options.report) io.stdout(renderProvenance(provenance, (text) => c.bold(text)));
  io.stdout(`confirmed from the vendors' own material: ${formatShare(provenance.confirmed, provenance.facts)} of ${String(provenance.facts)} facts (catalog/UNVERIFIED.md lists the rest)\n`);
  io.stdout(`translated purposes and descriptions: ${formatTranslationCoverage(translations)}\n`);
  io.stdout(`validated in ${seconds.toFixed(2)} s\n`);
  return result.ok ? 0 : 1;
}
