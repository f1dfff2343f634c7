import type { Duration } from './types';

/** A locale Kakor writes texts in. */
export type CatalogLocale = 'en' | 'sv' | 'nb';

const units = [
  ['Y', 'year'],
  ['M', 'month'],
  ['W', 'week'],
  ['D', 'day'],
  ['H', 'hour'],
  ['TM', 'minute'],
  ['S', 'second'],
] as const;

const fixedWords: Record<CatalogLocale, { session: string; persistent: string }> = {
  en: { session: 'session', persistent: 'until deleted' },
  sv: { session: 'session', persistent: 'tills den raderas' },
  nb: { session: 'økt', persistent: 'til den slettes' },
};

/** The parts of an ISO 8601 duration, e.g. `P1Y6M` → `{ Y: 1, M: 6 }`; `undefined` when it is not one. */
export function parseIsoDuration(duration: string): Partial<Record<(typeof units)[number][0], number>> | undefined {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(duration);
  if (!match || duration === 'P' || duration.endsWith('T')) return undefined;
  const parts: Partial<Record<(typeof units)[number][0], number>> = {};
  units.forEach(([key], index) => {
    const value = match[index + 1];
    if (value !== undefined) parts[key] = Number(value);
  });
  return parts;
}

/**
 * A duration in words for a locale: `P13M` → "13 months" (en), "13 månader" (sv),
 * "13 måneder" (nb); `session` and `persistent` in words too. An unknown value comes back as given.
 */
export function formatDuration(duration: Duration | string, locale: CatalogLocale = 'en'): string {
  if (duration === 'session' || duration === 'persistent') return fixedWords[locale][duration];
  const parts = parseIsoDuration(duration);
  if (!parts) return duration;
  const words = units.flatMap(([key, unit]) => {
    const value = parts[key];
    if (value === undefined) return [];
    // CLDR says "døgn" and "dygn" (a 24-hour period); cookie policies in Norway and Sweden say "dager" and "dagar".
    if (locale === 'nb' && unit === 'day') return [`${String(value)} ${value === 1 ? 'dag' : 'dager'}`];
    if (locale === 'sv' && unit === 'day') return [`${String(value)} ${value === 1 ? 'dag' : 'dagar'}`];
    return [new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value)];
  });
  return new Intl.ListFormat(locale, { style: 'long', type: 'unit' }).format(words);
}
