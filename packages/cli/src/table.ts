import { stripVTControlCharacters } from 'node:util';

const maxShown = 60;

/** Cuts a long name for a table cell, saying how long it was. */
export function shorten(text: string): string {
  return text.length <= maxShown ? text : `${text.slice(0, maxShown - 1)}… (${String(text.length)} chars)`;
}

// Width as shown; colour codes take no room.
const visibleLength = (text: string): number => stripVTControlCharacters(text).length;

/** A plain text table with padded columns. */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[], styleHeader: (text: string) => string): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => visibleLength(row[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - visibleLength(cell))).join('  ').trimEnd();
  return [styleHeader(line(headers)), ...rows.map(line)].join('\n');
}
