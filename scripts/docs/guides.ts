import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type NavLink, sitePage } from './html';
import { rewriteLink } from './links';
import { renderMarkdown } from './markdown';

/** A Markdown file and the page the site makes of it. */
export interface MarkdownSource {
  /** The file's absolute path. */
  readonly file: string;
  /** The page's site path: `README.md` becomes `index.html`, `Other.md` `other.html`. */
  readonly page: string;
}

/** The folders whose Markdown files become pages, and where their pages go in the site. */
export const markdownFolders: readonly { readonly folder: string; readonly into: string }[] = [
  { folder: 'docs', into: '' },
  { folder: 'docs/guides', into: 'guides' },
  // The catalog's contributor reference, which the contributors' guide links to throughout.
  { folder: 'catalog', into: 'reference' },
];

function pageName(file: string): string {
  const name = basename(file, '.md');
  return name === 'README' ? 'index.html' : `${name.toLowerCase()}.html`;
}

/** Every Markdown file in {@link markdownFolders}, in folder order and then by name. */
export function findMarkdownSources(root: string): MarkdownSource[] {
  return markdownFolders.flatMap(({ folder, into }) => {
    const dir = join(root, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
      .map((entry) => entry.name)
      .sort((a, b) => Number(b === 'README.md') - Number(a === 'README.md') || a.localeCompare(b))
      .map((name) => ({ file: join(dir, name), page: into === '' ? pageName(name) : `${into}/${pageName(name)}` }));
  });
}

/** A rendered Markdown page, ready to be written. */
export interface MarkdownPage {
  /** The page's site path. */
  readonly path: string;
  /** Its title: the first `#` heading, else the file's name. */
  readonly title: string;
  /** The page's main content. */
  readonly html: string;
}

/**
 * Renders Markdown sources to page bodies. `pages` maps every file the site has a page for
 * (these sources and any others, such as package READMEs in the API reference) to its site path.
 */
export function renderMarkdownPages(sources: readonly MarkdownSource[], siteDir: string, pages: ReadonlyMap<string, string>): MarkdownPage[] {
  return sources.map((source) => {
    const context = { sourceFile: source.file, pagePath: source.page, siteDir, pages };
    const { title, html } = renderMarkdown(readFileSync(source.file, 'utf8'), (href) => rewriteLink(href, context));
    return { path: source.page, title: title ?? basename(source.file, '.md'), html };
  });
}

/** The whole HTML page for a rendered Markdown page. */
export function markdownPageHtml(page: MarkdownPage, nav: readonly NavLink[]): string {
  return sitePage({ path: page.path, title: page.title, body: `<article class="prose">\n${page.html}</article>`, nav });
}
