import { posix } from 'node:path';

const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

/**
 * The relative href from one page of the site to another (both site paths such as
 * `guides/app-developers.html`), so the site works from the file system.
 */
export function hrefBetween(fromPage: string, toPath: string): string {
  return posix.relative(posix.dirname(fromPage), toPath) || posix.basename(toPath);
}

/** A link in the site's navigation. */
export interface NavLink {
  /** The link's text. */
  readonly label: string;
  /** The target's site path, e.g. `catalog/index.html`. */
  readonly path: string;
}

/** What {@link sitePage} wraps. */
export interface PageOptions {
  /** This page's site path, e.g. `guides/contributors.html`. */
  readonly path: string;
  /** The page's title, without the site's name. */
  readonly title: string;
  /** The HTML inside `<main>`. */
  readonly body: string;
  /** Every page of the site, in navigation order. */
  readonly nav: readonly NavLink[];
  /** Site paths of classic scripts to load at the end of the body. */
  readonly scripts?: readonly string[];
}

function navigation(options: PageOptions): string {
  const items = options.nav.map((link) => {
    const current = link.path === options.path ? ' aria-current="page"' : '';
    return `<li><a href="${escapeHtml(hrefBetween(options.path, link.path))}"${current}>${escapeHtml(link.label)}</a></li>`;
  });
  return `<nav aria-label="Documentation"><ul>\n${items.join('\n')}\n</ul></nav>`;
}

/** A whole page of the site: the shared stylesheet, the navigation and `body` as the main content. */
export function sitePage(options: PageOptions): string {
  const scripts = (options.scripts ?? []).map((script) => `<script src="${escapeHtml(hrefBetween(options.path, script))}"></script>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)} · Kakor docs</title>
<link rel="stylesheet" href="${escapeHtml(hrefBetween(options.path, 'style.css'))}">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<p class="site-name"><a href="${escapeHtml(hrefBetween(options.path, 'index.html'))}">Kakor docs</a></p>
${navigation(options)}
</header>
<main id="main" tabindex="-1">
${options.body}
</main>
${scripts}
</body>
</html>
`;
}
