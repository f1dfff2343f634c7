// `pnpm docs`: the guides, the API reference, the catalog browser and example policy pages as
// one folder of static files that opens from the file system (file://), without a server.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { apiReadmePages, buildApiReference } from './api';
import { bundleCatalogBrowser, catalogBrowserHtml, catalogBrowserPaths } from './catalog-browser/build';
import { findMarkdownSources, markdownPageHtml, renderMarkdownPages } from './guides';
import type { NavLink } from './html';
import { defaultSiteDir, repoRoot } from './paths';
import { policyIndexHtml, policyIndexPath, policyPageHtml, renderPolicyPages } from './policies';

/** Options of {@link buildSite}. */
export interface BuildSiteOptions {
  /** The folder to write; emptied first. `docs/site` by default. */
  readonly siteDir?: string;
  /** Whether to run typedoc for the API reference (the slowest part); on by default. */
  readonly api?: boolean;
}

/** What {@link buildSite} wrote. */
export interface BuiltSite {
  /** The site's folder, absolute. */
  readonly siteDir: string;
  /** The site path of every page written by this script (typedoc's pages not included). */
  readonly pages: readonly string[];
}

function write(siteDir: string, path: string, html: string): void {
  const file = join(siteDir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
}

/** Builds the documentation site. Needs the packages built (`pnpm build`). */
export async function buildSite(options: BuildSiteOptions = {}): Promise<BuiltSite> {
  const siteDir = resolve(options.siteDir ?? defaultSiteDir);
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  if (options.api !== false) await buildApiReference(repoRoot, siteDir);

  const sources = findMarkdownSources(repoRoot);
  const knownPages = new Map([...sources.map((source) => [source.file, source.page] as const), ...apiReadmePages(repoRoot, siteDir)]);
  const markdownPages = renderMarkdownPages(sources, siteDir, knownPages);
  const policyPages = await renderPolicyPages(repoRoot);
  const nav: NavLink[] = [
    ...markdownPages.map((page) => ({ label: page.path === 'index.html' ? 'Home' : page.title, path: page.path })),
    { label: 'Catalog browser', path: catalogBrowserPaths.page },
    { label: 'Example policies', path: policyIndexPath },
    ...(options.api !== false ? [{ label: 'API reference', path: 'api/index.html' }] : []),
  ];

  copyFileSync(join(import.meta.dirname, 'style.css'), join(siteDir, 'style.css'));
  for (const page of markdownPages) write(siteDir, page.path, markdownPageHtml(page, nav));
  await bundleCatalogBrowser(siteDir);
  write(siteDir, catalogBrowserPaths.page, catalogBrowserHtml(join(repoRoot, 'packages', 'catalog', 'catalog.json'), nav));
  write(siteDir, policyIndexPath, policyIndexHtml(policyPages, nav));
  for (const page of policyPages) write(siteDir, page.path, policyPageHtml(page, nav));
  const pages = [...markdownPages.map((page) => page.path), catalogBrowserPaths.page, policyIndexPath, ...policyPages.map((page) => page.path)];
  return { siteDir, pages };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const api = !process.argv.includes('--no-api');
  const site = await buildSite({ api });
  console.log(`Docs site: ${String(site.pages.length)} pages${api ? ' and the API reference' : ''} in ${relative(process.cwd(), site.siteDir) || '.'}/`);
  console.log(`Open ${pathToFileURL(join(site.siteDir, 'index.html')).href}`);
}
