import type { CatalogEntry, CookieDefinition } from '@kakor/catalog';
import { describe, expect, it } from 'vitest';
import { diffCatalogs } from '../src';

const item = (fields: Partial<CookieDefinition>): CookieDefinition => ({
  category: 'analytics',
  purpose: { en: 'test' },
  duration: 'session',
  party: 'first',
  storage: 'cookie',
  ...fields,
});

const entry = (id: string, cookies: CookieDefinition[], fields: Partial<CatalogEntry> = {}): CatalogEntry => ({
  id,
  name: id,
  website: 'https://example.com',
  kind: 'technology',
  services: ['analytics'],
  dataCategories: [],
  description: { en: id },
  sources: [{ url: 'https://example.com', checked: '2026-11-23' }],
  cookies,
  ...fields,
});

describe('diffCatalogs', () => {
  it('keeps a name that lives in two storages apart', () => {
    const before = [entry('a', [item({ name: 'dual' }), item({ name: 'dual', storage: 'localStorage' })])];
    const after = [entry('a', [item({ name: 'dual', storage: 'localStorage', category: 'preferences' }), item({ name: 'dual' })])];
    const [change] = diffCatalogs(before, after).changedEntries;
    expect(change?.changedItems).toEqual([
      { item: { name: 'dual', isPattern: false, storage: 'localStorage', category: 'preferences' }, changes: [{ field: 'category', before: 'analytics', after: 'preferences' }] },
    ]);
    expect(change?.addedItems).toEqual([]);
    expect(change?.removedItems).toEqual([]);
  });

  it('treats a name that became a pattern as one item removed and one added', () => {
    const { changedEntries } = diffCatalogs([entry('a', [item({ name: '_x' })])], [entry('a', [item({ pattern: '_x*' })])]);
    expect(changedEntries[0]?.removedItems.map((i) => [i.name, i.isPattern])).toEqual([['_x', false]]);
    expect(changedEntries[0]?.addedItems.map((i) => [i.name, i.isPattern])).toEqual([['_x*', true]]);
  });

  it('lists sharedWith and entries in id order, and ignores the order of entries', () => {
    const before = [entry('b', []), entry('a', [item({ name: '_pk' })])];
    const after = [entry('a', [item({ name: '_pk', sharedWith: ['m'] })]), entry('c', []), entry('b', [])];
    const diff = diffCatalogs(before, after);
    expect(diff.addedEntries.map((e) => e.id)).toEqual(['c']);
    expect(diff.changedEntries.map((e) => [e.id, e.changedItems[0]?.changes])).toEqual([['a', [{ field: 'sharedWith', before: null, after: ['m'] }]]]);
  });
});
