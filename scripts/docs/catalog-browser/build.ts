import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { categories, type CatalogEntry } from '@kakor/catalog';
import { policyLabels } from '@kakor/consent/policy';
import { build } from 'esbuild';
import { escapeHtml, type NavLink, sitePage } from '../html';

/** The catalog browser's page and script, as site paths. */
export const catalogBrowserPaths = { page: 'catalog/index.html', script: 'catalog/browser.js' } as const;

/** Bundles the browser script (the catalog's own matcher included) into the site. */
export async function bundleCatalogBrowser(siteDir: string): Promise<void> {
  await build({
    entryPoints: [join(import.meta.dirname, 'app.ts')],
    outfile: join(siteDir, catalogBrowserPaths.script),
    bundle: true,
    minify: true,
    // A classic script: Chromium refuses module scripts on file:// pages.
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
}

// JSON inside <script> must not close the element or open a comment.
const scriptSafeJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/** The catalog browser page, with catalog.json inlined so the page works from the file system. */
export function catalogBrowserHtml(catalogJsonFile: string, nav: readonly NavLink[]): string {
  const catalog = JSON.parse(readFileSync(catalogJsonFile, 'utf8')) as { readonly entries: readonly CatalogEntry[] };
  const itemCount = catalog.entries.reduce((sum, entry) => sum + entry.cookies.length, 0);
  const options = categories.map((category) => `<option value="${category}">${escapeHtml(policyLabels.en.categories[category].title)}</option>`).join('');
  const body = `<h1>Catalog browser</h1>
<p>The ${String(catalog.entries.length)} processors and technologies of the Kakor catalog and their ${String(itemCount)} cookies and storage items. Search by cookie name (a full name such as <code>_ga_ABC123</code> finds the <code>_ga_*</code> item), by vendor or by service, or list one category.</p>
<form id="search" role="search" class="catalog-search">
<p><label for="query">Cookie name, vendor or service</label>
<input id="query" name="q" type="search" autocomplete="off" spellcheck="false" aria-describedby="query-hint">
<span id="query-hint" class="hint">For example <code>_pk_id.8506966f</code>, <code>Stripe</code> or <code>payments</code>.</span></p>
<p><label for="category">Category</label>
<select id="category" name="category"><option value="">All categories</option>${options}</select></p>
</form>
<p id="status" role="status"></p>
<section id="results-view" aria-labelledby="results-heading">
<h2 id="results-heading">Results</h2>
<ol id="results" class="results"></ol>
</section>
<section id="entry-view" hidden></section>
<noscript><p>The catalog browser needs JavaScript. The same data is in <code>packages/catalog/catalog.json</code>.</p></noscript>
<script type="application/json" id="catalog-data">${scriptSafeJson(catalog)}</script>`;
  return sitePage({ path: catalogBrowserPaths.page, title: 'Catalog browser', body, nav, scripts: [catalogBrowserPaths.script] });
}
