import { formatDuration } from '@kakor/catalog';
import type { CatalogDiff, EntryChange, EntrySummary, FieldChange, ItemSummary } from './diff-catalogs';

// Fields whose values are prose, shown in quotes rather than as code.
const proseField = /^(name|legalName|description\.\w+|purpose\.\w+)$/;

const escapeMarkdown = (text: string): string => text.replace(/[\\`*_[\]<>|#]/g, '\\$&');
const code = (text: string): string => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);
const indent = (text: string): string => text.replace(/^/gm, '  ');
const plural = (count: number, one: string, many: string): string => `${String(count)} ${count === 1 ? one : many}`;

function formatValue(field: string, value: unknown): string {
  if (value === null || value === undefined) return '_none_';
  if (typeof value === 'string') {
    if (proseField.test(field)) return `"${escapeMarkdown(value)}"`;
    if (field === 'duration') return `${escapeMarkdown(formatDuration(value))} (${code(value)})`;
    return code(value);
  }
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.length === 0 ? '_none_' : value.map((item: string) => code(item)).join(', ');
  }
  return code(JSON.stringify(value));
}

interface Source {
  readonly url: string;
  readonly checked: string;
}

const isSourceList = (value: unknown): value is Source[] =>
  Array.isArray(value) && value.every((source) => typeof (source as Source).url === 'string' && typeof (source as Source).checked === 'string');

// Pages read and re-read, rather than two long lists.
function formatSourcesChange(before: readonly Source[], after: readonly Source[]): string {
  const checkedBefore = new Map(before.map((source) => [source.url, source.checked]));
  const urlsAfter = new Set(after.map((source) => source.url));
  const lines = [
    ...after.flatMap(({ url, checked }) => {
      const earlier = checkedBefore.get(url);
      if (earlier === undefined) return [`  - added ${url} (checked ${checked})`];
      return earlier === checked ? [] : [`  - checked ${url} again: ${earlier} → ${checked}`];
    }),
    ...before.filter((source) => !urlsAfter.has(source.url)).map(({ url }) => `  - removed ${url}`),
  ];
  return ['sources:', ...lines].join('\n');
}

function formatChange({ field, before, after }: FieldChange): string {
  if (field === 'sources' && isSourceList(before) && isSourceList(after)) return formatSourcesChange(before, after);
  return `${field}: ${formatValue(field, before)} → ${formatValue(field, after)}`;
}

// The storage is worth saying only when it is not a cookie.
const itemName = (item: ItemSummary): string => (item.storage === 'cookie' ? code(item.name) : `${code(item.name)} (${item.storage})`);

const formatItem = (item: ItemSummary): string => `${code(item.name)} (${item.storage}, ${item.category})`;

function formatEntryLine(entry: EntrySummary): string {
  const items = entry.items.length === 0 ? 'no items' : `${plural(entry.items.length, 'item', 'items')}: ${entry.items.map(itemName).join(', ')}`;
  return `- **${escapeMarkdown(entry.name)}** (${code(entry.id)}): ${items}`;
}

function formatEntryChange(entry: EntryChange): string {
  const lines = [
    ...entry.changes.map((change) => `- ${formatChange(change)}`),
    ...entry.addedItems.map((item) => `- added ${formatItem(item)}`),
    ...entry.removedItems.map((item) => `- removed ${formatItem(item)}`),
    ...entry.changedItems.map(({ item, changes }) => [`- ${itemName(item)}:`, ...changes.map((change) => indent(`- ${formatChange(change)}`))].join('\n')),
  ];
  return `#### ${escapeMarkdown(entry.name)} (${code(entry.id)})\n\n${lines.join('\n')}`;
}

/** The diff as Markdown for release notes: added, removed and changed entries, changes listed by field. */
export function renderDiffMarkdown(diff: CatalogDiff): string {
  const { addedEntries, removedEntries, changedEntries } = diff;
  if (addedEntries.length + removedEntries.length + changedEntries.length === 0) return '## Catalog changes\n\nNo changes.\n';
  const sections = [
    '## Catalog changes',
    `${plural(addedEntries.length, 'entry', 'entries')} added, ${String(removedEntries.length)} removed, ${String(changedEntries.length)} changed.`,
  ];
  if (addedEntries.length > 0) sections.push('### Added', addedEntries.map(formatEntryLine).join('\n'));
  if (removedEntries.length > 0) sections.push('### Removed', removedEntries.map(formatEntryLine).join('\n'));
  if (changedEntries.length > 0) sections.push('### Changed', ...changedEntries.map(formatEntryChange));
  return `${sections.join('\n\n')}\n`;
}
