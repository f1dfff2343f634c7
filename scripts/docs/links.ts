import { dirname, join, relative, resolve, sep } from 'node:path';
import { hrefBetween } from './html';

/** What a relative link in a Markdown file is resolved against. */
export interface LinkContext {
  /** The Markdown file's absolute path. */
  readonly sourceFile: string;
  /** The site path of the page it becomes. */
  readonly pagePath: string;
  /** The site's folder, absolute. */
  readonly siteDir: string;
  /** Files the site has a page for: absolute source path → site path. */
  readonly pages: ReadonlyMap<string, string>;
}

const external = /^(?:[a-z][a-z0-9+.-]*:|\/\/|\/|#)/i;

/**
 * The href a Markdown link gets in the site: a link to a file the site renders points at its
 * page (keeping the `#fragment`); a link to any other file of the repository points at that
 * file in the checkout the site was built from; URLs and fragments stay as they are.
 */
export function rewriteLink(href: string, context: LinkContext): string {
  if (href === '' || external.test(href)) return href;
  const hash = href.indexOf('#');
  const path = hash === -1 ? href : href.slice(0, hash);
  const fragment = hash === -1 ? '' : href.slice(hash);
  const target = resolve(dirname(context.sourceFile), decodeURI(path));
  const page = context.pages.get(target);
  if (page !== undefined) return hrefBetween(context.pagePath, page) + fragment;
  const fromFolder = dirname(join(context.siteDir, context.pagePath));
  const inCheckout = relative(fromFolder, target).split(sep).join('/');
  return encodeURI(inCheckout + (path.endsWith('/') ? '/' : '')) + fragment;
}
