import { optionalCategories } from '@kakor/consent';
import type { LoggedConsent } from './logged-consent';

/** How `export` writes rows: JSON Lines (one object per line) or CSV (RFC 4180, with a header row). */
export type ExportFormat = 'jsonl' | 'csv';

/** One row as a JSON Lines line. */
export function jsonLine(row: LoggedConsent): string {
  return `${JSON.stringify(row)}\n`;
}

const csvColumns = ['seq', 'consent_id', 'recorded_at', 'given_at', 'expires_at', ...optionalCategories, 'processors', 'site_fingerprint', 'policy_hash', 'locale', 'gpc', 'source', 'user_agent', 'ip_hash'];

/** The CSV header line. */
export const csvHeader = `${csvColumns.join(',')}\r\n`;

const csvCell = (value: string): string => /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
// Free text a spreadsheet would run as a formula gets a leading apostrophe (OWASP "CSV injection").
const defused = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** One row as a CSV line. */
export function csvLine(row: LoggedConsent): string {
  const cells = [
    row.seq,
    row.consentId,
    row.recordedAt.toISOString(),
    row.givenAt.toISOString(),
    row.expiresAt.toISOString(),
    ...optionalCategories.map((category) => String(row.categories[category])),
    JSON.stringify(row.processors),
    row.fingerprint,
    row.policyHash ?? '',
    row.locale ?? '',
    String(row.gpc),
    row.source,
    defused(row.userAgent ?? ''),
    row.ipHash ?? '',
  ];
  return `${cells.map(csvCell).join(',')}\r\n`;
}
