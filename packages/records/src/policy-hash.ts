import { createHash } from 'node:crypto';
import type { CatalogEntry, CatalogLocale } from '@kakor/catalog';
import type { Site } from '@kakor/consent';
import { cookiePolicy } from '@kakor/consent/policy';

const catalogLocales: readonly CatalogLocale[] = ['en', 'sv', 'nb'];

/** The catalog locale a language tag is shown in: its language when the catalog has it, else English. */
export function catalogLocaleOf(locale: string): CatalogLocale {
  const language = locale.split('-')[0]?.toLowerCase() as CatalogLocale;
  return catalogLocales.includes(language) ? language : 'en';
}

/**
 * The hash the log stores for the policy a visitor was shown: SHA-256 over the cookie rows of
 * `cookiePolicy(site, locale)`, per category. Run it on an archived site definition to show an
 * auditor which policy text a logged consent refers to.
 *
 * @example
 * policyHash(site, 'sv'); // 'sha256:3f1c…'
 */
export function policyHash(site: Site<CatalogEntry>, locale: string): string {
  const policy = cookiePolicy(site, catalogLocaleOf(locale));
  const shown = policy.sections.map((section) => ({ category: section.category, title: section.title, description: section.description, rows: section.rows }));
  return `sha256:${createHash('sha256').update(JSON.stringify({ locale: policy.locale, sections: shown })).digest('hex')}`;
}
