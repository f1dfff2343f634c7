import { describeLifetime, describeSetter } from './render-scan-text';
import type { Finding, ScanReport } from './scan-report';

const cell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

const stateTitle: Record<string, string> = { 'first-visit': 'First visit (no choice made)', reject: 'After “reject all”', accept: 'After “accept all”' };
const kindTitle: Record<Finding['kind'], string> = { violation: 'Present without consent', undeclared: 'Not in the site definition', 'not-seen': 'Declared but not seen' };

/** A Markdown report a person can send to a colleague: what each state stored, and what is wrong. */
export function renderScanMarkdown(report: ScanReport): string {
  const out: string[] = [`# Cookie scan of ${report.url}`, '', `Scanned ${report.startedAt.slice(0, 16).replace('T', ' ')} UTC with Kakor ${report.tool.version}, in a real Chromium. Site: ${report.siteDomain}; compared with ${report.siteFile === null ? 'no site definition' : `\`${report.siteFile}\``}.`, ''];
  const count = (kind: Finding['kind']) => report.findings.filter((f) => f.kind === kind).length;
  out.push(`**${String(count('violation'))} present without consent, ${String(count('undeclared'))} undeclared, ${String(count('not-seen'))} declared but not seen, ${String(report.unknown.length)} unknown to the catalog.**`, '');
  for (const kind of ['violation', 'undeclared', 'not-seen'] as const) {
    const findings = report.findings.filter((f) => f.kind === kind);
    if (findings.length === 0) continue;
    out.push(`## ${kindTitle[kind]}`, '');
    for (const finding of findings) out.push(`- ${finding.state === undefined ? '' : `*${finding.state}*: `}${cell(finding.message)}`);
    out.push('');
  }
  for (const state of report.states) {
    out.push(`## ${stateTitle[state.state] ?? state.state}`, '', `${String(state.pages.length)} page(s): ${state.pages.map((page) => `<${page.url}>${page.problem === undefined ? '' : ` (${cell(page.problem)})`}`).join(', ')}`, '');
    if (state.items.length === 0) {
      out.push('Nothing stored.', '');
      continue;
    }
    out.push('| Name | Storage | Domain | Party | Lifetime | Provider | Category | Set by |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const item of state.items) {
      const provider = item.classification.entryName ?? (item.classification.known ? '' : 'unknown');
      const setBy = item.setBy.map((setter) => describeSetter(setter, report.url)).join(', ');
      out.push(`| \`${cell(item.name)}\` | ${item.storage} | ${cell(item.domain)} | ${item.party} | ${describeLifetime(item, report.startedAt)} | ${cell(provider)} | ${item.classification.category ?? ''} | ${cell(setBy)} |`);
    }
    out.push('');
  }
  for (const skipped of report.skippedStates) out.push(`*${skipped.state} was not scanned: ${skipped.reason}.*`, '');
  if (report.unknown.length > 0) {
    out.push('## Unknown to the catalog', '');
    for (const item of report.unknown) out.push(`- \`${cell(item.name)}\` (${item.storage} on ${cell(item.domain)}), set by ${cell(item.setBy.map((s) => describeSetter(s)).join(', ') || 'no write seen')}`);
    out.push('');
  }
  return out.join('\n');
}
