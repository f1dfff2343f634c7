import { describeLifetime, describeSetter } from './render-scan-text';
import type { Finding, ScanReport } from './scan-report';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// Names and keys come from the scanned site: everything it supplies is escaped.
const html = (text: string): string => text.replace(/[&<>"']/g, (char) => escapes[char] ?? char);

const stateTitle: Record<string, string> = { 'first-visit': 'First visit (no choice made)', reject: 'After “reject all”', accept: 'After “accept all”' };
const kindTitle: Record<Finding['kind'], string> = { violation: 'Present without consent', undeclared: 'Not in the site definition', 'not-seen': 'Declared but not seen' };

/** A stand-alone HTML page a person can send to a colleague: what each state stored, and what is wrong. */
export function renderScanHtml(report: ScanReport): string {
  const out: string[] = [];
  const count = (kind: Finding['kind']) => report.findings.filter((f) => f.kind === kind).length;
  out.push(
    `<h1>Cookie scan of ${html(report.url)}</h1>`,
    `<p>Scanned ${html(report.startedAt.slice(0, 16).replace('T', ' '))} UTC with Kakor ${html(report.tool.version)}, in a real Chromium. Site: ${html(report.siteDomain)}; compared with ${report.siteFile === null ? 'no site definition' : `<code>${html(report.siteFile)}</code>`}.</p>`,
    `<p><strong>${String(count('violation'))} present without consent, ${String(count('undeclared'))} undeclared, ${String(count('not-seen'))} declared but not seen, ${String(report.unknown.length)} unknown to the catalog.</strong></p>`,
  );
  for (const kind of ['violation', 'undeclared', 'not-seen'] as const) {
    const findings = report.findings.filter((f) => f.kind === kind);
    if (findings.length === 0) continue;
    out.push(`<h2>${kindTitle[kind]}</h2>`, '<ul>', ...findings.map((f) => `<li>${f.state === undefined ? '' : `<em>${f.state}</em>: `}${html(f.message)}</li>`), '</ul>');
  }
  for (const state of report.states) {
    out.push(`<h2>${stateTitle[state.state] ?? state.state}</h2>`, `<p>${String(state.pages.length)} page(s): ${state.pages.map((page) => `${html(page.url)}${page.problem === undefined ? '' : ` (${html(page.problem)})`}`).join(', ')}</p>`);
    if (state.items.length === 0) {
      out.push('<p>Nothing stored.</p>');
      continue;
    }
    out.push('<table>', '<thead><tr><th>Name</th><th>Storage</th><th>Domain</th><th>Party</th><th>Lifetime</th><th>Provider</th><th>Category</th><th>Set by</th></tr></thead>', '<tbody>');
    for (const item of state.items) {
      const provider = item.classification.entryName ?? (item.classification.known ? '' : 'unknown');
      const setBy = item.setBy.map((setter) => describeSetter(setter, report.url)).join(', ');
      const cells = [`<code>${html(item.name)}</code>`, item.storage, html(item.domain), item.party, describeLifetime(item, report.startedAt), html(provider), item.classification.category ?? '', html(setBy)];
      out.push(`<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`);
    }
    out.push('</tbody>', '</table>');
  }
  for (const skipped of report.skippedStates) out.push(`<p><em>${skipped.state} was not scanned: ${html(skipped.reason)}.</em></p>`);
  if (report.unknown.length > 0) {
    out.push('<h2>Unknown to the catalog</h2>', '<ul>');
    for (const item of report.unknown) out.push(`<li><code>${html(item.name)}</code> (${item.storage} on ${html(item.domain)}), set by ${html(item.setBy.map((s) => describeSetter(s)).join(', ') || 'no write seen')}</li>`);
    out.push('</ul>');
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Cookie scan of ${html(report.url)}</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #222; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
</style>
</head>
<body>
${out.join('\n')}
</body>
</html>
`;
}
