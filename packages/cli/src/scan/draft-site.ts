import type { ScannedItem, ScanReport } from './scan-report';
import { describeSetter } from './render-scan-text';

const domainShape = /^\.?[a-z0-9-]+(\.[a-z0-9-]+)+$/;

function draftDuration(item: ScannedItem, from: string): string {
  if (item.storage === 'sessionStorage') return 'session';
  if (item.storage !== 'cookie') return 'persistent';
  if (item.expires === null || item.expires === undefined) return 'session';
  const days = Math.max(1, Math.round((Date.parse(item.expires) - Date.parse(from)) / 86_400_000));
  return `P${String(days)}D`;
}

const quote = (text: string): string => JSON.stringify(text);

/**
 * A site definition (YAML) from a scan: every catalog entry seen as a processor, and every
 * item the catalog does not know as one of the site's own cookies, with placeholder facts
 * marked TODO (category `marketing`, so nothing unreviewed passes as necessary). It loads in
 * `kakor policy --site` as it is.
 */
export function draftSiteYaml(report: ScanReport, consentCookieName = 'kakor_consent'): string {
  const all = report.states.flatMap((state) => state.items);
  const processors = [...new Set(all.flatMap((item) => (item.classification.known && item.classification.entry !== undefined ? [item.classification.entry] : [])))].sort();
  const unknown = new Map<string, ScannedItem>();
  for (const item of all) {
    if (item.classification.known || item.name === consentCookieName) continue;
    const key = `${item.storage}\u0000${item.name}`;
    if (!unknown.has(key)) unknown.set(key, item);
  }
  const lines = [
    `# Drafted by \`kakor scan ${report.url}\` on ${report.startedAt.slice(0, 10)}.`,
    '# The processors are the catalog entries the scan saw. Each cookie below is an item the catalog',
    '# does not know: replace every TODO (the category is a placeholder too), then run',
    '# `kakor policy --site <this file>` and `kakor scan --site <this file>` again.',
    `processors:${processors.length === 0 ? ' []' : ''}`,
    ...processors.map((id) => `  - ${id}`),
    `cookies:${unknown.size === 0 ? ' []' : ''}`,
  ];
  for (const item of unknown.values()) {
    const setBy = item.setBy.map((setter) => describeSetter(setter)).join(', ') || 'no write seen';
    const domain = item.party === 'third' && item.storage === 'cookie' && domainShape.test(item.domain) ? item.domain : undefined;
    lines.push(
      `  - name: ${quote(item.name)}`,
      '    category: marketing # TODO: necessary | preferences | analytics | marketing',
      `    duration: ${draftDuration(item, report.startedAt)} # TODO: check; as seen in the scan`,
      `    party: ${item.party}`,
      `    storage: ${item.storage}`,
      ...(domain === undefined ? [] : [`    domain: ${quote(domain)}`]),
      '    purpose:',
      `      en: ${quote(`TODO: what ${item.name} is for, in a sentence a visitor understands (set by ${setBy})`)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
