import type { CookieDefinition } from '@kakor/catalog';
import { policyLabels } from '@kakor/consent/policy';
import { el } from './dom';
import { entryHref } from './render-entry';
import type { MatchReason, SearchResult } from './search';

const maxItemsShown = 6;

const reasonText: Readonly<Record<MatchReason, string>> = {
  'best-match': 'Best match for this cookie name',
  'name-match': 'Also sets this cookie',
  vendor: 'Vendor',
  'partial-name': 'Cookie name contains the text',
  service: 'Service',
  listed: '',
};

function itemSummary(item: CookieDefinition): HTMLElement {
  return el('li', {}, el('code', {}, item.name ?? item.pattern ?? ''), ` · ${policyLabels.en.categories[item.category].title}`);
}

function resultItem(result: SearchResult): HTMLElement {
  const { entry, reason, items } = result;
  const shown = items.slice(0, maxItemsShown);
  const more = items.length - shown.length;
  return el(
    'li',
    { 'data-entry': entry.id, 'data-reason': reason },
    el('a', { href: entryHref(entry.id) }, entry.name),
    reason !== 'listed' && el('span', { class: 'reason' }, ` — ${reasonText[reason]}`),
    el('span', { class: 'note' }, `Services: ${entry.services.map((service) => policyLabels.en.services[service]).join(', ')}`),
    shown.length > 0 && el('ul', { class: 'matched-items' }, ...shown.map(itemSummary), more > 0 && el('li', {}, `and ${String(more)} more`)),
  );
}

/** The list of results, or nothing when there are none. */
export function renderResults(results: readonly SearchResult[]): HTMLElement[] {
  return results.map(resultItem);
}

/** What the status line says about the results. */
export function resultsStatus(results: readonly SearchResult[], query: string, categoryTitle: string | undefined): string {
  const text = query.trim();
  const where = categoryTitle === undefined ? '' : ` in ${categoryTitle}`;
  const count = `${String(results.length)} ${results.length === 1 ? 'entry' : 'entries'}`;
  if (text === '') return `${count}${where}.`;
  if (results.length === 0) return `No entry matches “${text}”${where}. Try part of a cookie name, a vendor or a service.`;
  return `${count} ${results.length === 1 ? 'matches' : 'match'} “${text}”${where}.`;
}
