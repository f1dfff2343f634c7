/** The names of the cookies `document.cookie` shows now, sorted. */
export function documentCookieNames(): string[] {
  return document.cookie
    .split(';')
    .map((part) => part.split('=')[0]?.trim() ?? '')
    .filter(Boolean)
    .sort();
}
