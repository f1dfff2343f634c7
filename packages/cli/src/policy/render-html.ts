import type { CookiePolicy } from '@kakor/consent/policy';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const html = (text: string): string => text.replace(/[&<>"']/g, (char) => escapes[char] ?? char);

function table(caption: string | undefined, head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    '<table>',
    ...(caption ? [`  <caption>${html(caption)}</caption>`] : []),
    `  <thead><tr>${head.map((name) => `<th scope="col">${html(name)}</th>`).join('')}</tr></thead>`,
    '  <tbody>',
    ...rows.map((row) => `    <tr>${row.map((value) => `<td>${value}</td>`).join('')}</tr>`),
    '  </tbody>',
    '</table>',
  ].join('\n');
}

/**
 * A policy's tables as an HTML fragment to paste into a page or include on the server:
 * semantic tables with captions, no styles, classes prefixed `kakor-`.
 */
export function renderPolicyHtml(policy: CookiePolicy): string {
  const { labels } = policy;
  const columns = labels.cookieColumns;
  const out: string[] = [`<section class="kakor-policy" lang="${policy.locale}">`, `<h2>${html(labels.cookiesTitle)}</h2>`];
  for (const section of policy.sections) {
    out.push(`<section class="kakor-category" id="kakor-${section.category}">`, `<h3>${html(section.title)}</h3>`, `<p>${html(section.description)}</p>`);
    out.push(
      table(
        section.title,
        [columns.name, columns.provider, columns.purpose, columns.duration, columns.party, columns.storage],
        section.rows.map((row) => [`<code>${html(row.name)}</code>`, html(row.provider), html(row.purpose), html(row.durationText), html(row.partyText), html(row.storageText)]),
      ),
      '</section>',
    );
  }
  if (policy.sections.some((section) => section.rows.some((row) => row.isPattern))) out.push(`<p class="kakor-note">${html(labels.patternHint)}</p>`);
  if (policy.processors.length > 0) {
    const p = labels.processorColumns;
    out.push(`<h2>${html(labels.processorsTitle)}</h2>`);
    out.push(
      table(
        undefined,
        [p.name, p.legalName, p.services, p.locations, p.dataShared, p.safeguards],
        policy.processors.map((row) => [html(row.name), html(row.legalName), html(row.servicesText), html(row.locationsText), html(row.dataSharedText), html(row.safeguardsText)]),
      ),
    );
  }
  out.push('</section>');
  return `${out.join('\n')}\n`;
}
