import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogEntry } from '@kakor/catalog';
import { describe, expect, it } from 'vitest';
import { createCatalogSearch } from '../catalog-browser/search';
import { repoRoot } from '../paths';

const { entries } = JSON.parse(readFileSync(join(repoRoot, 'packages/catalog/catalog.json'), 'utf8')) as { entries: CatalogEntry[] };
const search = createCatalogSearch(entries);
const summary = (query: string, category?: Parameters<typeof search>[1]) =>
  search(query, category).map((result) => ({ id: result.entry.id, reason: result.reason, items: result.items.map((item) => item.name ?? item.pattern) }));

describe('catalog browser search', () => {
  it('finds the entry a full cookie name belongs to through its pattern, and the entries that share it', () => {
    expect(summary('_pk_id.8506966f')).toEqual([
      { id: 'matomo', reason: 'best-match', items: ['_pk_id.*'] },
      { id: 'piwik-pro', reason: 'name-match', items: ['_pk_id.*'] },
    ]);
    expect(summary('_ga_ABC123')[0]).toEqual({ id: 'google-analytics', reason: 'best-match', items: ['_ga_*'] });
  });

  it('puts the exact name first, then items whose names contain the text', () => {
    const results = summary('_ga');
    expect(results[0]).toEqual({ id: 'google-analytics', reason: 'best-match', items: ['_ga'] });
    expect(results.slice(1).every((result) => result.reason === 'partial-name')).toBe(true);
  });

  it('finds vendors by name, id or legal name, case-insensitively, with all their items', () => {
    const [stripe] = search('STRIPE');
    expect(stripe?.entry.id).toBe('stripe');
    expect(stripe?.reason).toBe('vendor');
    expect(stripe?.items).toEqual(stripe?.entry.cookies);
  });

  it('finds entries by service', () => {
    const results = search('payments');
    expect(results.length).toBeGreaterThan(1);
    expect(results.every((result) => result.entry.services.includes('payments'))).toBe(true);
  });

  it('lists every entry without a query, and only entries and items of a category when one is chosen', () => {
    expect(search('')).toHaveLength(entries.length);
    const marketing = search('', 'marketing');
    expect(marketing.length).toBeGreaterThan(0);
    expect(marketing.length).toBeLessThan(entries.length);
    expect(marketing.flatMap((result) => result.items).every((item) => item.category === 'marketing')).toBe(true);
    expect(search('_pk_id.8506966f', 'marketing')).toEqual([]);
  });
});
