/** A child of {@link el}: an element, text, or nothing. */
export type Child = Node | string | undefined | false;

/** Creates an element with attributes and children; text is never parsed as HTML. */
export function el(tag: string, attributes: Readonly<Record<string, string>> = {}, ...children: readonly Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== undefined && child !== false) element.append(child);
  return element;
}

/** A link to an outside page. */
export function externalLink(url: string, text: string = url): HTMLElement {
  return el('a', { href: url, rel: 'noopener noreferrer' }, text);
}
