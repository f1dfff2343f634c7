import { formatDuration, type CatalogEntry, type CatalogLocale, type CookieDefinition, type LocalizedText } from '@kakor/catalog';
import { policyLabels } from '@kakor/consent/policy';
import { el, externalLink, type Child } from './dom';

const labels = policyLabels.en;
const locales: readonly { readonly code: CatalogLocale; readonly name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'sv', name: 'Swedish' },
  { code: 'nb', name: 'Norwegian Bokmål' },
];
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** The href that opens an entry in the browser. */
export const entryHref = (id: string): string => `#entry/${encodeURIComponent(id)}`;

function place(code: string): string {
  if (code === 'EU' || code === 'EEA') return labels.regions[code];
  return `${regionNames.of(code) ?? code} (${code})`;
}

/** A text in each of en, sv and nb, each marked with its language; "not translated" where missing. */
function localized(text: LocalizedText): HTMLElement {
  return el(
    'ul',
    { class: 'localized' },
    ...locales.map(({ code, name }) => {
      const value = text[code];
      return el('li', {}, el('abbr', { class: 'lang', title: name }, code), ' ', value === undefined ? el('em', {}, 'not translated') : el('span', { lang: code }, value));
    }),
  );
}

function fact(term: string, ...details: readonly Child[]): HTMLElement[] {
  return [el('dt', {}, term), el('dd', {}, ...details)];
}

const listOf = (values: readonly string[]): string => (values.length === 0 ? '—' : values.join(', '));

function facts(entry: CatalogEntry): HTMLElement {
  const processing = entry.processing;
  return el(
    'dl',
    { class: 'facts' },
    ...fact('Id', el('code', {}, entry.id)),
    ...fact('Kind', entry.kind === 'processor' ? 'Processor: a company that processes visitors’ data' : 'Technology: software on the site’s own domain'),
    ...(entry.legalName !== undefined ? fact('Legal name', entry.legalName) : []),
    ...fact('Website', externalLink(entry.website)),
    ...(entry.headquarters !== undefined ? fact('Headquarters', place(entry.headquarters)) : []),
    ...fact('Services', listOf(entry.services.map((service) => labels.services[service]))),
    ...(processing ? fact('Places of processing', listOf(processing.locations.map(place))) : []),
    ...(processing ? fact('Transfer safeguards', listOf((processing.transferSafeguards ?? []).map((safeguard) => labels.safeguards[safeguard]))) : []),
    ...fact('Personal data shared', listOf(entry.dataCategories.map((category) => labels.dataCategories[category]))),
    ...(entry.privacyPolicy !== undefined ? fact('Privacy policy', externalLink(entry.privacyPolicy)) : []),
    ...(entry.dpa !== undefined ? fact('Data processing agreement', externalLink(entry.dpa)) : []),
  );
}

function sources(entry: CatalogEntry): HTMLElement {
  return el(
    'ul',
    { class: 'sources' },
    ...entry.sources.map((source) => el('li', {}, externalLink(source.url), ', checked ', el('time', { datetime: source.checked }, source.checked))),
  );
}

function itemName(item: CookieDefinition): HTMLElement {
  const sharedWith = item.sharedWith ?? [];
  return el(
    'td',
    {},
    el('code', {}, item.name ?? item.pattern ?? ''),
    item.pattern !== undefined && el('span', { class: 'note' }, ' (pattern)'),
    item.domain !== undefined && el('span', { class: 'note' }, ` domain ${item.domain}`),
    item.path !== undefined && el('span', { class: 'note' }, ` path ${item.path}`),
    sharedWith.length > 0 && el('span', { class: 'note' }, ' also set by ', ...sharedWith.flatMap((id, i) => [i > 0 ? ', ' : '', el('a', { href: entryHref(id) }, id)])),
  );
}

function duration(item: CookieDefinition): HTMLElement {
  const iso = item.duration.startsWith('P');
  return el('td', {}, formatDuration(item.duration, 'en'), iso && ' ', iso && el('code', {}, item.duration));
}

function itemsTable(entry: CatalogEntry): HTMLElement {
  const columns = ['Name', 'Category', 'Duration', 'Party', 'Storage', 'Purpose'];
  const rows = entry.cookies.map((item) =>
    el(
      'tr',
      {},
      itemName(item),
      el('td', {}, labels.categories[item.category].title),
      duration(item),
      el('td', {}, labels.party[item.party]),
      el('td', {}, labels.storage[item.storage]),
      el('td', {}, localized(item.purpose)),
    ),
  );
  return el(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': `Cookies and storage items of ${entry.name}`, tabindex: '0' },
    el(
      'table',
      { class: 'items' },
      el('caption', {}, `Cookies and storage items of ${entry.name}`),
      el('thead', {}, el('tr', {}, ...columns.map((column) => el('th', { scope: 'col' }, column)))),
      el('tbody', {}, ...rows),
    ),
  );
}

/** An entry in full: its facts, sources with dates, and every item with its purpose in en, sv and nb. */
export function renderEntry(entry: CatalogEntry): HTMLElement {
  return el(
    'article',
    { class: 'entry', 'aria-labelledby': 'entry-heading' },
    el('p', {}, el('a', { href: '#', class: 'back' }, '← Back to the results')),
    el('h2', { id: 'entry-heading', tabindex: '-1' }, entry.name),
    el('h3', {}, 'Description'),
    localized(entry.description),
    el('h3', {}, 'Facts'),
    facts(entry),
    el('h3', {}, `Sources (${String(entry.sources.length)})`),
    sources(entry),
    el('h3', {}, `Cookies and storage items (${String(entry.cookies.length)})`),
    entry.cookies.length === 0 ? el('p', {}, 'The catalog lists no cookies or storage items for this entry.') : itemsTable(entry),
  );
}
