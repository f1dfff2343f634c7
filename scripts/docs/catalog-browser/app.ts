// The catalog browser's page script: search as the visitor types, open an entry from `#entry/<id>`.
import { categories, type CatalogEntry, type Category } from '@kakor/catalog';
import { policyLabels } from '@kakor/consent/policy';
import { entryHref, renderEntry } from './render-entry';
import { renderResults, resultsStatus } from './render-results';
import { createCatalogSearch } from './search';

interface CatalogFile {
  readonly entries: readonly CatalogEntry[];
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the catalog browser page has no #${id}`);
  return element as T;
}

const { entries } = JSON.parse(byId('catalog-data').textContent ?? '') as CatalogFile;
const search = createCatalogSearch(entries);
const form = byId<HTMLFormElement>('search');
const query = byId<HTMLInputElement>('query');
const category = byId<HTMLSelectElement>('category');
const status = byId('status');
const resultsView = byId('results-view');
const results = byId('results');
const entryView = byId('entry-view');
let openedId: string | undefined;

function chosenCategory(): Category | undefined {
  return categories.find((candidate) => candidate === category.value);
}

function updateResults(): void {
  const chosen = chosenCategory();
  const found = search(query.value, chosen);
  results.replaceChildren(...renderResults(found));
  status.textContent = resultsStatus(found, query.value, chosen && policyLabels.en.categories[chosen].title);
}

function entryIdFromHash(): string | undefined {
  const match = /^#entry\/(.+)$/.exec(location.hash);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
}

function route(): void {
  const id = entryIdFromHash();
  const entry = entries.find((candidate) => candidate.id === id);
  if (entry) {
    entryView.replaceChildren(renderEntry(entry));
    resultsView.hidden = true;
    entryView.hidden = false;
    document.title = `${entry.name} · Catalog browser · Kakor docs`;
    byId('entry-heading').focus();
    openedId = entry.id;
    return;
  }
  entryView.hidden = true;
  entryView.replaceChildren();
  resultsView.hidden = false;
  document.title = 'Catalog browser · Kakor docs';
  // Back from an entry: return focus to its link in the results.
  if (openedId !== undefined) results.querySelector<HTMLAnchorElement>(`a[href="${entryHref(openedId)}"]`)?.focus();
  openedId = undefined;
}

function onSearchChange(): void {
  updateResults();
  if (entryIdFromHash() === undefined) return;
  // Typing leaves the open entry for the results; focus stays in the form.
  openedId = undefined;
  location.hash = '';
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  results.querySelector<HTMLAnchorElement>('a')?.focus();
});
query.addEventListener('input', onSearchChange);
category.addEventListener('change', onSearchChange);
window.addEventListener('hashchange', route);
updateResults();
route();
