import { describe, expect, it } from 'vitest';
import type { CatalogEntry, CookieDefinition } from '../types';
import { catalogProvenance, entryProvenance, formatShare, renderUnverifiedMarkdown } from './provenance';

const item = (fields: Partial<CookieDefinition>): CookieDefinition => ({
  name: 'a',
  category: 'analytics',
  purpose: { en: 'test' },
  duration: 'session',
  party: 'first',
  storage: 'cookie',
  ...fields,
});

const entry = (fields: Partial<CatalogEntry>): CatalogEntry => ({
  id: 'acme',
  name: 'Acme',
  website: 'https://acme.example',
  kind: 'technology',
  services: ['analytics'],
  dataCategories: [],
  description: { en: 'Acme' },
  sources: [{ url: 'https://acme.example', checked: '2026-12-01' }],
  cookies: [],
  ...fields,
});

describe('entryProvenance', () => {
  it('counts the facts an entry states and the ones it names as unconfirmed', () => {
    // Entry: website, dataCategories, and dpa (absent but named); items: 5 facts, then 6 with a domain.
    const acme = entry({ unconfirmed: ['dpa'], cookies: [item({ unconfirmed: ['duration', 'duration'] }), item({ name: 'b', domain: '.acme.example' })] });
    expect(entryProvenance(acme)).toEqual({ id: 'acme', facts: 3 + 5 + 6, confirmed: 3 + 5 + 6 - 2, unconfirmed: ['dpa'], items: [{ item: 'a', unconfirmed: ['duration'] }] });
  });

  it('gives a fully confirmed entry 100 %, rounding shares down', () => {
    const row = entryProvenance(entry({ cookies: [item({})] }));
    expect(row.confirmed).toBe(row.facts);
    expect(formatShare(row.confirmed, row.facts)).toBe('100%');
    expect(formatShare(199, 200)).toBe('99%');
    expect(formatShare(0, 0)).toBe('100%');
  });
});

describe('renderUnverifiedMarkdown', () => {
  it('lists only entries with something to check, with totals', () => {
    const open = entry({ id: 'open', unconfirmed: ['legalName'], legalName: 'Open AB', cookies: [item({ pattern: 'x_*', name: undefined, unconfirmed: ['pattern'] })] });
    const done = entry({ id: 'done' });
    const text = renderUnverifiedMarkdown([done, open]);
    const { confirmed, facts } = catalogProvenance([done, open]);
    expect(text).toContain(`Confirmed: ${formatShare(confirmed, facts)} of ${String(facts)} facts; 1 of 2 entries have something to check.`);
    expect(text).toContain('## open (');
    expect(text).toContain('- entry: legalName\n- `x_*`: pattern\n');
    expect(text).not.toContain('## done');
  });
});
