import { createColors } from 'picocolors';
import { renderTable, shorten } from '../table';
import type { Finding, ScannedItem, ScanReport, Setter } from './scan-report';

/** A setter as one short phrase: `Set-Cookie /api/visit` or `script /app.js`. */
export function describeSetter(setter: Setter, relativeTo?: string): string {
  let url = setter.url ?? '(no URL in the stack)';
  if (relativeTo !== undefined && setter.url !== undefined) {
    try {
      const parsed = new URL(setter.url);
      if (parsed.origin === new URL(relativeTo).origin) url = `${parsed.pathname}${parsed.search}`;
    } catch {
      // Keep the full URL.
    }
  }
  return `${setter.via === 'set-cookie' ? 'Set-Cookie' : 'script'} ${url}`;
}

/** When a cookie expires, from the scan's start: `session`, `13 months`, `2 hours`. */
export function describeLifetime(item: ScannedItem, from: string): string {
  if (item.storage !== 'cookie') return item.storage === 'sessionStorage' ? 'session' : 'persistent';
  if (item.expires === null || item.expires === undefined) return 'session';
  const seconds = (Date.parse(item.expires) - Date.parse(from)) / 1000;
  const units: [number, string][] = [
    [365 * 86_400, 'year'],
    [30 * 86_400, 'month'],
    [86_400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, unit] of units) {
    const count = Math.round(seconds / size);
    if (count >= 1 && seconds >= size * 0.95) return `${String(count)} ${unit}${count === 1 ? '' : 's'}`;
  }
  return `${String(Math.max(0, Math.round(seconds)))} seconds`;
}

const findingLabel: Record<Finding['kind'], string> = { undeclared: 'UNDECLARED', violation: 'VIOLATION', 'not-seen': 'not seen' };

/** The terminal report: a table per state, the findings, the unknown items and a summary line. */
export function renderScanText(report: ScanReport, color: boolean): string {
  const c = createColors(color);
  const out: string[] = [`kakor scan ${report.url}  (site: ${report.siteDomain}; Kakor endpoint: ${report.kakorEndpoint ?? 'none'})`, ''];
  for (const state of report.states) {
    const visited = state.pages.length;
    out.push(c.bold(`${state.state}${state.via === 'none' ? '' : ` (via ${state.via})`}: ${String(state.items.length)} item${state.items.length === 1 ? '' : 's'} on ${String(visited)} page${visited === 1 ? '' : 's'}`));
    for (const page of state.pages.filter((p) => p.problem !== undefined)) out.push(c.yellow(`  ${page.url}: ${page.problem ?? ''}`));
    const rows = state.items.map((item) => {
      const violation = report.findings.some((f) => f.kind === 'violation' && f.state === state.state && f.name === item.name && f.storage === item.storage && f.domain === item.domain);
      const category = item.classification.category ?? '';
      return [
        violation ? c.red(shorten(item.name)) : shorten(item.name),
        item.storage,
        item.domain,
        item.party,
        describeLifetime(item, report.startedAt),
        item.classification.entryName ?? (item.classification.known ? '' : c.yellow('unknown')),
        violation ? c.red(category) : category,
        item.setBy.map((setter) => describeSetter(setter, report.url)).join(', '),
      ];
    });
    out.push(rows.length === 0 ? '  (nothing stored)' : renderTable(['NAME', 'STORAGE', 'DOMAIN', 'PARTY', 'LIFETIME', 'PROVIDER', 'CATEGORY', 'SET BY'], rows, (text) => c.dim(text)), '');
  }
  for (const skipped of report.skippedStates) out.push(c.dim(`${skipped.state}: skipped, ${skipped.reason}`));
  if (report.skippedStates.length > 0) out.push('');
  if (report.findings.length > 0) {
    out.push(c.bold('Findings'));
    for (const finding of report.findings) {
      const label = findingLabel[finding.kind];
      const styled = finding.kind === 'violation' ? c.red(label) : finding.kind === 'undeclared' ? c.yellow(label) : c.dim(label);
      out.push(`  ${styled}${finding.state === undefined ? '' : ` [${finding.state}]`} ${finding.message}`);
    }
    out.push('');
  }
  if (report.unknown.length > 0) {
    out.push(c.bold('Unknown to the catalog') + c.dim(' (a lead for a new entry: `kakor new <id>`)'));
    for (const item of report.unknown) out.push(`  ${item.name} (${item.storage} on ${item.domain}): ${item.setBy.map((s) => describeSetter(s)).join(', ') || 'no write seen'}`);
    out.push('');
  }
  const count = (kind: Finding['kind']) => report.findings.filter((f) => f.kind === kind).length;
  out.push(`${String(count('violation'))} violation(s), ${String(count('undeclared'))} undeclared, ${String(count('not-seen'))} declared but not seen, ${String(report.unknown.length)} unknown to the catalog`);
  return `${out.join('\n')}\n`;
}
