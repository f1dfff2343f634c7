import { isLanguageTag } from '@kakor/consent';
import { trimmedSlice, trimWsp } from './http-whitespace';

/** The locales a site shows when `locales` is not set: the catalog's, English first. */
export const defaultLocales: readonly string[] = ['en', 'sv', 'nb'];

/** Only this much of an `Accept-Language` header is read: browsers send a few dozen characters. */
export const maxAcceptLanguageLength = 1024;
/** Only this many language ranges of an `Accept-Language` header are weighed. */
export const maxLanguageRanges = 32;

// RFC 9110 §12.4.2: "0" to "1" with at most three decimals.
const qualityValue = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/**
 * Checks the `locales` option once, when the middleware or handler is made: a non-empty list
 * of language tags, the site's default first.
 */
export function checkLocales(locales: readonly string[] | undefined): readonly string[] {
  if (locales === undefined) return defaultLocales;
  if (!Array.isArray(locales) || locales.length === 0) throw new TypeError('@kakor/node: `locales` must be a non-empty list of language tags such as ["sv", "en"], the default first');
  const bad = locales.find((locale) => !isLanguageTag(locale));
  if (bad !== undefined) throw new TypeError(`@kakor/node: \`locales\` holds ${JSON.stringify(String(bad).slice(0, 40))}, which is not a language tag such as "sv" or "en-GB"`);
  return locales;
}

/**
 * The site locale a language tag or range stands for: the same tag (any case), else the tag
 * with subtags dropped from the end (`sv-SE` → `sv`, RFC 4647 lookup), else the first site
 * locale of that language (`sv` → `sv-FI`). `undefined` when none fits.
 */
export function matchLocale(tag: string, locales: readonly string[]): string | undefined {
  let wanted = tag.toLowerCase();
  for (;;) {
    const same = locales.find((locale) => locale.toLowerCase() === wanted);
    if (same !== undefined) return same;
    const cut = wanted.lastIndexOf('-');
    if (cut === -1) break;
    wanted = wanted.slice(0, cut);
  }
  return locales.find((locale) => locale.toLowerCase().startsWith(`${wanted}-`));
}

/**
 * The language ranges of an `Accept-Language` header, most wanted first (ties keep their
 * order). Entries with a malformed tag or quality value are skipped, as are `q=0` ones; past
 * {@link maxAcceptLanguageLength} characters or {@link maxLanguageRanges} ranges the rest is
 * not read.
 */
export function acceptedLanguages(header: string | undefined): string[] {
  if (header === undefined) return [];
  const truncated = header.length > maxAcceptLanguageLength;
  const entries = (truncated ? header.slice(0, maxAcceptLanguageLength) : header).split(',', maxLanguageRanges + 1);
  // A range cut off by the truncation or past the limit is not what the browser sent.
  if (truncated || entries.length > maxLanguageRanges) entries.pop();
  const ranges: { readonly tag: string; readonly quality: number }[] = [];
  for (const entry of entries) {
    const [range = '', ...parameters] = entry.split(';');
    const tag = trimWsp(range);
    if (tag !== '*' && !isLanguageTag(tag)) continue;
    let quality = 1;
    let valid = true;
    for (const parameter of parameters) {
      const equals = parameter.indexOf('=');
      if (trimmedSlice(parameter, 0, equals).toLowerCase() !== 'q') continue;
      const value = trimmedSlice(parameter, equals + 1, parameter.length);
      if (!qualityValue.test(value)) valid = false;
      else quality = Number(value);
    }
    if (valid && quality > 0) ranges.push({ tag, quality });
  }
  return ranges.sort((a, b) => b.quality - a.quality).map((range) => range.tag);
}

/** The site locale that best fits an `Accept-Language` header, or `undefined` when none is wanted. */
export function negotiateLocale(acceptLanguage: string | undefined, locales: readonly string[]): string | undefined {
  for (const range of acceptedLanguages(acceptLanguage)) {
    const match = range === '*' ? locales[0] : matchLocale(range, locales);
    if (match !== undefined) return match;
  }
  return undefined;
}
