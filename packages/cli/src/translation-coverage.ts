import type { CatalogEntry, LocalizedText } from '@kakor/catalog';
import { isPlaceholder } from '@kakor/catalog/validate';

/** The locales besides English that the catalog asks contributors for. */
export const translatedLocales = ['sv', 'nb'] as const;

/** How many of the catalog's texts have a locale. */
export interface TranslationCount {
  /** Texts (item purposes and entry descriptions) in the locale. */
  readonly translated: number;
  /** Every item purpose and entry description. */
  readonly total: number;
}

/** The Swedish and Norwegian share of the item purposes and entry descriptions. */
export type TranslationCoverage = Record<(typeof translatedLocales)[number], TranslationCount>;

/** Counts the item purposes and entry descriptions that have Swedish and Norwegian texts (a `kakor new` placeholder does not count). */
export function translationCoverage(entries: readonly CatalogEntry[]): TranslationCoverage {
  const texts: LocalizedText[] = entries.flatMap((entry) => [entry.description, ...entry.cookies.map((cookie) => cookie.purpose)]);
  const count = (locale: (typeof translatedLocales)[number]): TranslationCount => ({
    translated: texts.filter((text) => text[locale] !== undefined && !isPlaceholder(text[locale])).length,
    total: texts.length,
  });
  return { sv: count('sv'), nb: count('nb') };
}

// Rounded down, so 100% means every text.
const percent = ({ translated, total }: TranslationCount): string =>
  total === 0 ? 'n/a' : `${String(Math.floor((translated * 100) / total))}%`;

/** `sv 100% (453/453), nb 98% (446/453)`. */
export function formatTranslationCoverage(coverage: TranslationCoverage): string {
  return translatedLocales
    .map((locale) => `${locale} ${percent(coverage[locale])} (${String(coverage[locale].translated)}/${String(coverage[locale].total)})`)
    .join(', ');
}
