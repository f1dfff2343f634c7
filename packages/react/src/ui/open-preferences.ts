'use client';

type Listener = (opener: Element | null) => void;

const listeners = new Set<Listener>();

/**
 * Opens the mounted `<ConsentPreferences>` dialog, e.g. from your own link or button; focus
 * returns to `opener` (the focused element by default) when it closes.
 *
 * @example
 * <a href="#cookies" onClick={(event) => { event.preventDefault(); openConsentPreferences(event.currentTarget); }}>Cookies</a>
 */
export function openConsentPreferences(opener: Element | null = typeof document === 'undefined' ? null : document.activeElement): void {
  for (const listener of listeners) listener(opener);
}

/** Subscribes a dialog to open requests; returns the unsubscribe. */
export function onOpenPreferences(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
