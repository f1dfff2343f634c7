import type { CatalogEntry, LocalizedText } from '@kakor/catalog';
import { describe, expect, it } from 'vitest';
import { formatTranslationCoverage, translationCoverage } from '../src/translation-coverage';

const entry = (description: LocalizedText, purposes: LocalizedText[]): CatalogEntry => ({
  id: 'x',
  name: 'X',
  website: 'https://x.example',
  kind: 'technology',
  services: ['framework'],
  dataCategories: [],
  description,
  sources: [{ url: 'https://x.example', checked: '2026-11-23' }],
  cookies: purposes.map((purpose) => ({ name: 'x', category: 'necessary', duration: 'session', party: 'first', storage: 'cookie', purpose })),
});

describe('translationCoverage', () => {
  it('counts descriptions and item purposes per locale', () => {
    const coverage = translationCoverage([
      entry({ en: 'a', sv: 'a', nb: 'a' }, [{ en: 'b', sv: 'b' }, { en: 'c' }]),
      entry({ en: 'd', nb: 'd' }, []),
    ]);
    expect(coverage).toEqual({ sv: { translated: 2, total: 4 }, nb: { translated: 2, total: 4 } });
    expect(formatTranslationCoverage(coverage)).toBe('sv 50% (2/4), nb 50% (2/4)');
  });

  it('rounds down, so 100% means every text', () => {
    const purposes = Array.from({ length: 452 }, () => ({ en: 'x', sv: 'x', nb: 'x' }));
    const coverage = translationCoverage([entry({ en: 'untranslated' }, purposes)]);
    expect(formatTranslationCoverage(coverage)).toBe('sv 99% (452/453), nb 99% (452/453)');
  });

  it('says n/a for a catalog without texts', () => {
    expect(formatTranslationCoverage(translationCoverage([]))).toBe('sv n/a (0/0), nb n/a (0/0)');
  });
});
