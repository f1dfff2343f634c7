import { describe, expect, it } from 'vitest';
import { hrefBetween } from '../html';
import { rewriteLink } from '../links';
import { renderMarkdown } from '../markdown';

const context = {
  sourceFile: '/repo/docs/guides/app-developers.md',
  pagePath: 'guides/app-developers.html',
  siteDir: '/repo/docs/site',
  pages: new Map([
    ['/repo/docs/README.md', 'index.html'],
    ['/repo/docs/guides/app-developers.md', 'guides/app-developers.html'],
    ['/repo/docs/guides/server-developers.md', 'guides/server-developers.html'],
    ['/repo/packages/react/README.md', 'api/modules/_kakor_react.html'],
  ]),
};

describe('docs site links', () => {
  it('points links between rendered Markdown files at their pages, keeping the fragment', () => {
    expect(rewriteLink('server-developers.md#the-consent-endpoint', context)).toBe('server-developers.html#the-consent-endpoint');
    expect(rewriteLink('../README.md', context)).toBe('../index.html');
    expect(rewriteLink('../../packages/react/README.md', context)).toBe('../api/modules/_kakor_react.html');
  });

  it('points links to other repository files at the checkout, and leaves URLs and fragments alone', () => {
    expect(rewriteLink('../../examples/demo/', context)).toBe('../../../examples/demo/');
    expect(rewriteLink('../../bench/results/middleware.md', context)).toBe('../../../bench/results/middleware.md');
    for (const href of ['https://example.com/a.md', '#define-the-site', 'mailto:a@example.com', '/abs.md']) expect(rewriteLink(href, context)).toBe(href);
  });

  it('computes relative hrefs between site pages', () => {
    expect(hrefBetween('index.html', 'guides/contributors.html')).toBe('guides/contributors.html');
    expect(hrefBetween('guides/contributors.html', 'index.html')).toBe('../index.html');
    expect(hrefBetween('guides/contributors.html', 'guides/contributors.html')).toBe('contributors.html');
  });
});

describe('renderMarkdown', () => {
  it('takes the title from the first level-1 heading, gives headings GitHub ids and rewrites links', () => {
    const { title, html } = renderMarkdown('# The `kakor` guide\n\n## Define the site\n\nSee [the other](other.md).\n', (href) => href.replace(/\.md$/, '.html'));
    expect(title).toBe('The kakor guide');
    expect(html).toContain('<h2 id="define-the-site">Define the site</h2>');
    expect(html).toContain('<a href="other.html">the other</a>');
  });
});
