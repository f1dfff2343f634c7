import { googleAnalytics, meta, stripe, youtube, type CatalogLocale } from '@kakor/catalog';
import { defineSite } from '@kakor/consent';
import { cookiePolicy, type CookiePolicy } from '@kakor/consent/policy';
import { owner, ownCookies, site } from './site';

// The same site with the catalog's texts. Only the policy page and the preferences dialog
// import this module (lazily), so the first page load ships rules only.
const siteWithTexts = defineSite({ processors: [googleAnalytics, meta, stripe, youtube], cookies: ownCookies });
if (siteWithTexts.fingerprint !== site.fingerprint) throw new Error('site-texts.ts lists other processors or cookies than site.ts: keep the two lists the same.');

/** The policy rows in a locale, for the policy page and the preferences dialog's cookie lists. */
export function policyFor(locale: CatalogLocale): CookiePolicy {
  return cookiePolicy(siteWithTexts, locale, { owner });
}
