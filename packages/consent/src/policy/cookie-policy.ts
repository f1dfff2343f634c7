import {
  categories,
  formatDuration,
  isInsideEea,
  type CatalogEntry,
  type CatalogLocale,
  type Category,
  type CookieDefinition,
  type DataCategory,
  type Duration,
  type LocalizedText,
  type Party,
  type Service,
  type StorageKind,
  type TransferSafeguard,
} from '@kakor/catalog';
import type { Site } from '../site';
import { policyLabels, type PolicyLabels } from './labels';

/** One row of a cookie table: a cookie or storage item, in the words of one locale. */
export interface CookieRow {
  /** The exact name, or the pattern with `*` for the varying part. */
  readonly name: string;
  /** Whether `name` is a pattern rather than an exact name. */
  readonly isPattern: boolean;
  /** The processor's name, or the site's owner for its own cookies. */
  readonly provider: string;
  /** The catalog id of the processor; absent for the site's own cookies. */
  readonly processorId?: string;
  /** The consent category the item needs. */
  readonly category: Category;
  /** What the item is for, in the policy's locale (English when the catalog lacks it). */
  readonly purpose: string;
  /** How long the item lives: `session`, `persistent` or an ISO 8601 duration. */
  readonly duration: Duration;
  /** The duration in words, e.g. "12 månader". */
  readonly durationText: string;
  /** First or third party. */
  readonly party: Party;
  /** The party in words, e.g. "Förstapart". */
  readonly partyText: string;
  /** Where the item lives. */
  readonly storage: StorageKind;
  /** The storage in words, e.g. "Cookie" or "Local storage". */
  readonly storageText: string;
}

/** The rows of one category's cookie table. */
export interface CookieSection {
  /** The category of every row. */
  readonly category: Category;
  /** The category's heading, e.g. "Nödvändiga". */
  readonly title: string;
  /** What the category is for and whether it needs consent. */
  readonly description: string;
  /** The category's items: the processors' in the site's order, then the site's own. */
  readonly rows: readonly CookieRow[];
}

/** One row of the sub-processor table. */
export interface ProcessorRow {
  /** The catalog id. */
  readonly id: string;
  /** The name people know it by. */
  readonly name: string;
  /** The contracting legal entity; the name when the catalog has none. */
  readonly legalName: string;
  /** What it does for the site. */
  readonly services: readonly Service[];
  /** The services in words, as a list. */
  readonly servicesText: string;
  /** Where data is processed: ISO 3166-1 alpha-2 codes, `EU` or `EEA`. */
  readonly locations: readonly string[];
  /** The places in words, e.g. "EU och USA". */
  readonly locationsText: string;
  /** The personal data it receives. */
  readonly dataCategories: readonly DataCategory[];
  /** The personal data in words, as a list. */
  readonly dataSharedText: string;
  /** The legal grounds for transfers out of the EEA. */
  readonly safeguards: readonly TransferSafeguard[];
  /** The safeguards in words, or the label for processing within the EEA. */
  readonly safeguardsText: string;
  /** The vendor's privacy policy, when the catalog has it. */
  readonly privacyPolicy?: string;
  /** The vendor's data processing agreement, when the catalog has it. */
  readonly dpa?: string;
}

/** A site's cookie tables per category and its sub-processor table, in one locale. */
export interface CookiePolicy {
  /** The locale every text is in. */
  readonly locale: CatalogLocale;
  /** The headings, column names and value labels in that locale. */
  readonly labels: PolicyLabels;
  /** One section per category that has at least one item, necessary first. */
  readonly sections: readonly CookieSection[];
  /** The processors (not technologies) the site uses, in the order the site lists them. */
  readonly processors: readonly ProcessorRow[];
}

/** Options for {@link cookiePolicy}. */
export interface CookiePolicyOptions {
  /** Named as the provider of the site's own cookies; "This website" in the locale by default. */
  readonly owner?: string;
}


function localized(text: LocalizedText, locale: CatalogLocale): string {
  return text[locale] ?? text.en;
}

function joined(items: readonly string[], locale: CatalogLocale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

// Labels are capitalised to stand alone; inside a list only the first keeps its capital,
// unless it is an acronym or a name ("IP address", "EU–US Data Privacy Framework").
function list(labels: readonly string[], locale: CatalogLocale): string {
  const lowered = labels.map((label, i) => (i === 0 || /^.[A-ZÅÄÖÆØ]/.test(label) ? label : label.charAt(0).toLocaleLowerCase(locale) + label.slice(1)));
  return joined(lowered, locale);
}

function placeNames(codes: readonly string[], locale: CatalogLocale, labels: PolicyLabels): string {
  const regions = new Intl.DisplayNames([locale], { type: 'region' });
  return joined(
    codes.map((code) => (code === 'EU' || code === 'EEA' ? labels.regions[code] : (regions.of(code) ?? code))),
    locale,
  );
}

function cookieRow(item: CookieDefinition, provider: string, processorId: string | undefined, purpose: string, locale: CatalogLocale, labels: PolicyLabels): CookieRow {
  const row: CookieRow = {
    name: item.name ?? item.pattern ?? '',
    isPattern: item.name === undefined,
    provider,
    category: item.category,
    purpose,
    duration: item.duration,
    durationText: formatDuration(item.duration, locale),
    party: item.party,
    partyText: labels.party[item.party],
    storage: item.storage,
    storageText: labels.storage[item.storage],
  };
  return processorId === undefined ? row : { ...row, processorId };
}

function processorRow(entry: CatalogEntry, locale: CatalogLocale, labels: PolicyLabels): ProcessorRow {
  const locations = entry.processing?.locations ?? [];
  const safeguards = entry.processing?.transferSafeguards ?? [];
  const needsSafeguard = locations.some((code) => !isInsideEea(code));
  const row: ProcessorRow = {
    id: entry.id,
    name: entry.name,
    legalName: entry.legalName ?? entry.name,
    services: entry.services,
    servicesText: list(entry.services.map((service) => labels.services[service]), locale),
    locations,
    locationsText: placeNames(locations, locale, labels),
    dataCategories: entry.dataCategories,
    dataSharedText: list(entry.dataCategories.map((category) => labels.dataCategories[category]), locale),
    safeguards,
    safeguardsText: needsSafeguard ? list(safeguards.map((safeguard) => labels.safeguards[safeguard]), locale) : labels.withinEea,
  };
  return { ...row, ...(entry.privacyPolicy && { privacyPolicy: entry.privacyPolicy }), ...(entry.dpa && { dpa: entry.dpa }) };
}

/**
 * The rows of a site's cookie policy in one locale: a table per category (name, provider,
 * purpose, duration in words, party, type) and the sub-processor table (legal entity, service,
 * place of processing, personal data shared, transfer safeguard). Texts the catalog lacks in
 * the locale fall back to English.
 *
 * @example
 * import { cookiePolicy } from '@kakor/consent/policy';
 * const policy = cookiePolicy(site, 'sv', { owner: 'Cling' });
 * for (const section of policy.sections) console.log(section.title, section.rows.map((row) => `${row.name}: ${row.durationText}`));
 */
export function cookiePolicy(site: Site<CatalogEntry>, locale: CatalogLocale, options: CookiePolicyOptions = {}): CookiePolicy {
  const rulesOnly = site.processors.filter((entry) => typeof (entry as Partial<CatalogEntry>).description !== 'object').map((entry) => entry.id);
  if (rulesOnly.length > 0) {
    throw new TypeError(`cookiePolicy: ${rulesOnly.join(', ')} ${rulesOnly.length === 1 ? 'is a' : 'are'} text-free rule${rulesOnly.length === 1 ? '' : 's'} from @kakor/catalog/rules; define the site with the full entries from @kakor/catalog for a policy`);
  }
  const labels = policyLabels[locale];
  const owner = options.owner ?? labels.thisSite;
  const rows: CookieRow[] = [];
  for (const entry of site.processors) {
    for (const item of entry.cookies) rows.push(cookieRow(item, entry.name, entry.id, localized(item.purpose, locale), locale, labels));
  }
  for (const item of site.cookies) {
    const purpose = item.name === site.consentCookieName ? labels.consentCookiePurpose : localized(item.purpose, locale);
    rows.push(cookieRow(item, owner, undefined, purpose, locale, labels));
  }
  const sections = categories.flatMap((category): CookieSection[] => {
    const inCategory = rows.filter((row) => row.category === category);
    return inCategory.length === 0 ? [] : [{ category, ...labels.categories[category], rows: inCategory }];
  });
  const processors = (site.processors).filter((entry) => entry.kind === 'processor').map((entry) => processorRow(entry, locale, labels));
  return { locale, labels, sections, processors };
}
