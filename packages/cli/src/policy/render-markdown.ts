import type { CookiePolicy } from '@kakor/consent/policy';

const cell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (text: string): string => `\`${text}\``;

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.map(cell).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** A policy's cookie tables and sub-processor table as a Markdown fragment. */
export function renderPolicyMarkdown(policy: CookiePolicy): string {
  const { labels } = policy;
  const columns = labels.cookieColumns;
  const out: string[] = [`## ${labels.cookiesTitle}`];
  for (const section of policy.sections) {
    out.push(`### ${section.title}`, section.description);
    out.push(
      table(
        [columns.name, columns.provider, columns.purpose, columns.duration, columns.party, columns.storage],
        section.rows.map((row) => [code(row.name), cell(row.provider), cell(row.purpose), cell(row.durationText), cell(row.partyText), cell(row.storageText)]),
      ),
    );
  }
  if (policy.sections.some((section) => section.rows.some((row) => row.isPattern))) out.push(`\\${labels.patternHint}`);
  if (policy.processors.length > 0) {
    const p = labels.processorColumns;
    out.push(`## ${labels.processorsTitle}`);
    out.push(
      table(
        [p.name, p.legalName, p.services, p.locations, p.dataShared, p.safeguards],
        policy.processors.map((row) => [cell(row.name), cell(row.legalName), cell(row.servicesText), cell(row.locationsText), cell(row.dataSharedText), cell(row.safeguardsText)]),
      ),
    );
  }
  return `${out.join('\n\n')}\n`;
}
