import { useMemo } from 'react';
import type { CatalogEntry, CatalogLocale } from '@kakor/catalog';
import type { Site } from '@kakor/consent';
import { cookiePolicy, type CookiePolicy } from '@kakor/consent/policy';
import { useConsentContext } from './context';

/**
 * The site's cookie tables per category and its sub-processor table in a locale, with
 * durations in words ("12 månader") and the labels to head them; the same rows `kakor policy`
 * writes. The provider's site must be defined with full catalog entries (texts), not with
 * `@kakor/catalog/rules`; otherwise it throws a `TypeError` naming the entries.
 *
 * @example
 * const { sections } = useCookiePolicy('sv');
 * return sections.map((section) => <CookieTable key={section.category} title={section.title} rows={section.rows} />);
 */
export function useCookiePolicy(locale: CatalogLocale, options: { readonly owner?: string } = {}): CookiePolicy {
  const { site } = useConsentContext('useCookiePolicy');
  const owner = options.owner;
  // cookiePolicy checks at run time that the entries carry texts, and names those that do not.
  return useMemo(() => cookiePolicy(site as Site<CatalogEntry>, locale, owner === undefined ? {} : { owner }), [site, locale, owner]);
}
