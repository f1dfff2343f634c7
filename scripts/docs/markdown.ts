import { Marked, type Token } from 'marked';
import { gfmHeadingId } from 'marked-gfm-heading-id';

/** A Markdown document as HTML, with the text of its first `#` heading. */
export interface RenderedMarkdown {
  /** The first level-1 heading's text, without inline Markdown; `undefined` when there is none. */
  readonly title: string | undefined;
  /** The document as HTML; headings carry GitHub's ids, so `file.md#a-heading` links keep working. */
  readonly html: string;
}

function firstTitle(tokens: readonly Token[]): string | undefined {
  const heading = tokens.find((token) => token.type === 'heading' && token.depth === 1);
  return heading?.type === 'heading' ? heading.text.replace(/[`*_]/g, '') : undefined;
}

/** Renders GitHub-flavoured Markdown, passing every link and image target through `rewriteHref`. */
export function renderMarkdown(source: string, rewriteHref: (href: string) => string): RenderedMarkdown {
  const marked = new Marked(gfmHeadingId(), {
    gfm: true,
    walkTokens(token) {
      if (token.type === 'link' || token.type === 'image') token.href = rewriteHref(token.href);
    },
  });
  const html = marked.parse(source, { async: false });
  return { title: firstTitle(marked.lexer(source)), html };
}
