// Hydration as a browser receives a server render: a fresh jsdom window with the server's HTML
// and cookie, its globals installed for React, and every warning React prints collected.
import { JSDOM } from 'jsdom';
import { act, type ReactNode } from 'react';

const globalNames = ['window', 'document', 'navigator', 'HTMLElement', 'Element', 'Node', 'Event', 'MutationObserver', 'localStorage', 'sessionStorage'] as const;

/** Hydrates `client` over `html` in a fresh window holding `cookie`; the root element and what React warned. */
export async function hydrateInJsdom(html: string, cookie: string, client: ReactNode): Promise<{ root: HTMLElement; errors: string[] }> {
  const dom = new JSDOM(`<!doctype html><html><body><div id="root">${html}</div></body></html>`, { url: 'https://www.example.se/' });
  if (cookie) dom.window.document.cookie = cookie;
  const scope = globalThis as Record<string, unknown>;
  for (const name of globalNames) Object.defineProperty(scope, name, { value: dom.window[name], configurable: true, writable: true });
  scope.IS_REACT_ACT_ENVIRONMENT = true;
  const errors: string[] = [];
  const originalError = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    const { hydrateRoot } = await import('react-dom/client');
    const root = dom.window.document.getElementById('root');
    if (!root) throw new Error('no root');
    await act(async () => {
      hydrateRoot(root, client, { onRecoverableError: (error) => errors.push(`recoverable: ${String(error)}`) });
    });
    return { root, errors };
  } finally {
    console.error = originalError;
  }
}

/** Removes the window's globals again, for the next test's fresh window. */
export function removeJsdomGlobals(): void {
  for (const name of globalNames) Reflect.deleteProperty(globalThis, name);
}
