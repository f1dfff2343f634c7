import type { CookieRule } from '@kakor/catalog';
import { categoryDecision, createConsentState, decide, defineSite, siteMatcher, type ConsentState, type Site } from '@kakor/consent';
import type { Finding, ScannedItem, StateReport } from './scan-report';

const describeSetters = (item: ScannedItem): string =>
  item.setBy.length === 0 ? 'no write seen' : item.setBy.map((setter) => `${setter.via === 'set-cookie' ? 'Set-Cookie from' : 'script'} ${setter.url ?? '(no URL in the stack)'}`).join(', ');

const noSite = defineSite({ processors: [] });

/** The consent a state's choice amounts to, for the site the decisions are made against. */
function consentOf(site: Site, report: StateReport): ConsentState | null {
  return report.consent === null ? null : createConsentState(site, { categories: report.consent, source: 'banner' });
}

/**
 * Whether an item is present without consent: its category (the site's declaration first,
 * else the catalog's) is not allowed by the state's consent, as `decide` judges it.
 */
function isViolation(site: Site | undefined, consent: ConsentState | null, item: ScannedItem): boolean {
  const category = item.classification.category;
  if (category === undefined) return false;
  if (site && item.classification.declared === true) return !decide(site, consent, item.name, { storage: item.storage }).allowed;
  return !categoryDecision(site ?? noSite, consent, category).allowed;
}

/**
 * The findings of a scan: per state, items present without consent (`violation`); with a
 * site definition, items it does not declare (`undeclared`, once, in the first state seen)
 * and declared items never seen in any state (`not-seen`).
 */
export function siteFindings(states: readonly StateReport[], site: Site | undefined, options: { readonly consentCookieExpected: boolean }): Finding[] {
  const findings: Finding[] = [];
  const undeclaredSeen = new Set<string>();
  const seenRules = new Set<CookieRule>();
  for (const report of states) {
    const consent = consentOf(site ?? noSite, report);
    for (const item of report.items) {
      const base = { state: report.state, name: item.name, storage: item.storage, domain: item.domain, setBy: item.setBy, ...(item.classification.category && { category: item.classification.category }) };
      if (site) {
        const rule = siteMatcher(site).match(item.name, { storage: item.storage })?.cookie;
        if (rule) seenRules.add(rule);
        const key = `${item.storage}\u0000${item.domain}\u0000${item.name}`;
        if (item.classification.declared === false && !undeclaredSeen.has(key)) {
          undeclaredSeen.add(key);
          findings.push({ kind: 'undeclared', ...base, message: `${item.name} (${item.storage} on ${item.domain}) is not in the site definition; ${describeSetters(item)}` });
        }
      }
      if (isViolation(site, consent, item)) {
        const consentText = report.consent === null ? 'before any choice' : `after ${report.state === 'reject' ? 'reject all' : 'the choice'}`;
        findings.push({ kind: 'violation', ...base, message: `${item.name} (${item.classification.category ?? ''}) is present ${consentText}; ${describeSetters(item)}` });
      }
    }
  }
  if (site) {
    const rules = [...site.cookies, ...site.processors.flatMap((entry) => entry.cookies)];
    for (const rule of rules) {
      if (seenRules.has(rule) || (rule.name === site.consentCookieName && !options.consentCookieExpected)) continue;
      const name = rule.name ?? rule.pattern ?? '';
      findings.push({ kind: 'not-seen', name, storage: rule.storage, category: rule.category, message: `${name} (${rule.storage}, ${rule.category}) is declared but was not seen in any state` });
    }
  }
  return findings;
}
