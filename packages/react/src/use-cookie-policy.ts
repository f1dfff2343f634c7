import { useMemo } from 'react';
import type { CatalogLocale } from '@kakor/catalog';
import { cookiePolicy, type CookiePolicy } from '@kakor/consent/policy';
import { useConsentContext } from './context';

/**
 * The site's cookie tables per category and its sub-processor table in a locale, with
 * durations in words ("12 månader") and the labels to head them; the same rows `kakor policy`
 * writes.
 *
 * @example
 * const { sections } = useCookiePolicy('sv');
 * return sections.map((section) => <CookieTable key={section.category} title={section.title} rows={section.rows} />);
 */
export function useCookiePolicy(locale: CatalogLocale, options: { readonly owner?: string } = {}): CookiePolicy {
  const { site } = useConsentContext('useCookiePolicy');
  const owner = options.owner;
  return useMemo(() => cookiePolicy(site, locale, owner === undefined ? {} : { owner }), [site, locale, owner]);
}
