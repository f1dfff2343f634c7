import { z } from 'zod';
import { countryCodes, isInsideEea, regionCodes } from '../countries';
import { genericCookieNames, isGenericCookieName } from '../generic-names';
import { checkPattern } from '../pattern';
import type { CatalogEntry } from '../types';

// Each `error` below reads as "expected …"; the validator adds ", received …" and the place.

const oneOf = (values: readonly string[]): string =>
  `expected ${values.length > 1 ? 'one of ' : ''}${values
    .map((v) => `"${v}"`)
    .join(', ')
    .replace(/, ([^,]*)$/, ' or $1')}`;

const enumOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: oneOf(values) });

const text = (what: string) =>
  z.string({ error: `expected ${what} as text` }).trim().min(1, { error: `expected ${what}, not an empty text` });

const httpsUrl = z.url({ protocol: /^https$/, error: 'expected an https URL such as "https://example.com/privacy"' });

/** Consent categories. */
export const categorySchema = enumOf(['necessary', 'preferences', 'analytics', 'marketing']);
/** First or third party. */
export const partySchema = enumOf(['first', 'third']);
/** Where an item lives in the browser. */
export const storageKindSchema = enumOf(['cookie', 'localStorage', 'sessionStorage', 'indexedDB', 'pixel']);
/** Processor or technology. */
export const entryKindSchema = enumOf(['processor', 'technology']);
/** What an entry does for a site. */
export const serviceSchema = enumOf([
  'analytics', 'advertising', 'crm', 'email', 'sms', 'support-chat', 'payments', 'fraud-prevention',
  'hosting', 'storage', 'cdn-security', 'error-tracking', 'session-replay', 'authentication',
  'tag-management', 'consent-management', 'video', 'maps', 'social-media', 'ab-testing',
  'marketing-automation', 'billing', 'collaboration', 'framework', 'realtime', 'localization',
]);
/** Legal grounds for transfers out of the EEA. */
export const transferSafeguardSchema = enumOf(['adequacy-decision', 'eu-us-dpf', 'sccs', 'bcrs']);
/** Kinds of personal data. */
export const dataCategorySchema = enumOf([
  'name', 'email', 'phone', 'postal-address', 'national-id', 'online-identifiers', 'ip-address',
  'device-information', 'usage-data', 'location', 'payment-data', 'billing-data', 'message-content',
  'account-data', 'customer-data',
]);

const isoDuration = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

/** `session`, `persistent` or an ISO 8601 duration. */
export const durationSchema = z
  .string({ error: 'expected "session", "persistent" or an ISO 8601 duration such as P13M or PT30M' })
  .refine((value) => value === 'session' || value === 'persistent' || isoDuration.test(value), {
    error: 'expected "session", "persistent" or an ISO 8601 duration such as P13M or PT30M',
  })
  .transform((value) => value as 'session' | 'persistent' | `P${string}`);

/** ISO 3166-1 alpha-2 country code. */
export const countryCodeSchema = z
  .string({ error: 'expected an ISO 3166-1 alpha-2 country code such as "SE" or "US"' })
  .refine((code) => countryCodes.has(code), { error: 'expected an ISO 3166-1 alpha-2 country code such as "SE" or "US"' });

const locationSchema = z
  .string({ error: 'expected an ISO 3166-1 alpha-2 country code, "EU" or "EEA"' })
  .refine((code) => countryCodes.has(code) || regionCodes.has(code), {
    error: 'expected an ISO 3166-1 alpha-2 country code such as "SE" or "US", "EU" or "EEA"',
  });

/** A text in en (required), sv and nb. */
export const localizedTextSchema = z.strictObject(
  {
    /** English: always present. */
    en: text('an English text'),
    /** Swedish. */
    sv: text('a Swedish text').optional(),
    /** Norwegian Bokmål. */
    nb: text('a Norwegian Bokmål text').optional(),
  },
  { error: 'expected a mapping with en, sv and nb texts' },
);

/** A page the facts were checked against. */
export const sourceSchema = z.strictObject(
  {
    /** The vendor's page (https). */
    url: httpsUrl,
    /** The day it was read, `YYYY-MM-DD`. */
    checked: z.iso.date({ error: 'expected the date the page was read, as YYYY-MM-DD' }),
  },
  { error: 'expected a mapping with url and checked' },
);

/** The facts of an item that can still lack confirmation from the vendor's own material. */
export const cookieFactSchema = enumOf(['name', 'pattern', 'category', 'duration', 'party', 'storage', 'domain', 'path']);
/** The facts of an entry that can still lack confirmation from the vendor's own material. */
export const entryFactSchema = enumOf(['legalName', 'website', 'headquarters', 'processing', 'dataCategories', 'privacyPolicy', 'dpa']);

const unconfirmedList = <T extends z.ZodType>(fact: T) =>
  z
    .array(fact, { error: 'expected a list of the facts not yet confirmed from the vendor\'s own material, such as [duration]' })
    .min(1, { error: 'expected at least one fact; leave unconfirmed out when every fact is confirmed' })
    .optional();

/** A kebab-case entry id, equal to its file's name. */
export const entryIdSchema = z
  .string({ error: 'expected a kebab-case id such as "google-analytics"' })
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, { error: 'expected a kebab-case id such as "google-analytics"' });

const cookieNameSchema = z
  .string({ error: 'expected the exact name as text' })
  .min(1, { error: 'expected a name, not an empty text' })
  .max(256, { error: 'expected a name of at most 256 characters' })
  .refine((name) => !/[\s\p{Cc};=,]/u.test(name), { error: 'expected a name without spaces, control characters, ";", "=" or ","' })
  .refine((name) => !name.includes('*'), { error: 'expected an exact name; a name with "*" is a `pattern`' });

/** A cookie or storage item. */
export const cookieSchema = z
  .strictObject(
    {
      /** The exact name, compared case-sensitively. */
      name: cookieNameSchema.optional(),
      /** A wildcard pattern where `*` stands for any run of characters, e.g. `_pk_id.*`. */
      pattern: z
        .string({ error: 'expected a wildcard pattern as text' })
        .superRefine((pattern, ctx) => {
          const problem = checkPattern(pattern);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        })
        .optional(),
      /** The consent category the item needs. */
      category: categorySchema,
      /** What the item is for. */
      purpose: localizedTextSchema,
      /** How long the item lives by the vendor's default. */
      duration: durationSchema,
      /** First or third party. */
      party: partySchema,
      /** Where the item lives. */
      storage: storageKindSchema,
      /** The domain it is set on, when the catalog knows it (e.g. `.stripe.com`). */
      domain: z
        .string({ error: 'expected a domain such as ".stripe.com"' })
        .regex(/^\.?[a-z0-9-]+(\.[a-z0-9-]+)+$/, { error: 'expected a lower-case domain such as ".stripe.com"' })
        .optional(),
      /** The path it is set on, when not `/`. */
      path: z.string({ error: 'expected a path such as "/"' }).startsWith('/', { error: 'expected a path starting with "/"' }).optional(),
      /** The ids of other entries that set the very same name or pattern. */
      sharedWith: z
        .array(entryIdSchema, { error: 'expected a list of entry ids such as [matomo]' })
        .min(1, { error: 'expected at least one entry id; leave sharedWith out when no other entry sets the item' })
        .optional(),
      /** Facts of this item not yet confirmed from the vendor's own material (docs, cookie table, SDK source). */
      unconfirmed: unconfirmedList(cookieFactSchema),
    },
    { error: 'expected a mapping with name or pattern, category, purpose, duration, party and storage' },
  )
  .superRefine((cookie, ctx) => {
    if ((cookie.name === undefined) === (cookie.pattern === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'expected exactly one of `name` (an exact name) and `pattern` (a wildcard pattern)', path: [] });
      return;
    }
    const field = cookie.name === undefined ? 'pattern' : 'name';
    const text = cookie.name ?? cookie.pattern ?? '';
    const fixed = text.replaceAll('*', '');
    // A generic name says nothing about who set it: claimed for every site, it would misname sites' own cookies.
    if (cookie.party === 'third' && cookie.domain === undefined && isGenericCookieName(fixed)) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `expected a \`domain\` on this third-party item: "${text}" is a generic name (a single character, or one of ${genericCookieNames.join(', ')}), which the catalog matches only on the vendor's domain (e.g. domain: ".vendor.example")`,
      });
    }
    if (cookie.party === 'first' && cookie.name !== undefined && genericCookieNames.includes(cookie.name.toLowerCase())) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `expected a name that points at this technology: "${text}" is a generic name that sites use for their own cookies; leave it out of the catalog (sites declare such cookies as their own)`,
      });
    }
  });

const processingSchema = z
  .strictObject(
    {
      /** ISO 3166-1 alpha-2 codes, or `EU` / `EEA`. */
      locations: z.array(locationSchema, { error: 'expected a list of places' }).min(1, { error: 'expected at least one place of processing' }),
      /** Required when a location is outside the EEA. */
      transferSafeguards: z.array(transferSafeguardSchema, { error: 'expected a list of safeguards' }).optional(),
    },
    { error: 'expected a mapping with locations (and transferSafeguards)' },
  )
  .superRefine((processing, ctx) => {
    const outside = processing.locations.filter((location) => !isInsideEea(location));
    if (outside.length > 0 && (processing.transferSafeguards ?? []).length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['transferSafeguards'],
        message: `expected the transfer safeguards for processing outside the EEA (${outside.join(', ')}): adequacy-decision, eu-us-dpf, sccs or bcrs`,
      });
    }
  });

/** A catalog entry: a processor or technology and the items it sets. */
export const catalogEntrySchema = z
  .strictObject(
    {
      /** Kebab-case id, equal to the YAML file's name. */
      id: entryIdSchema,
      /** The name people know it by. */
      name: text('the name people know it by'),
      /** The contracting legal entity (processors). */
      legalName: text('the legal entity').optional(),
      /** The vendor's or project's website. */
      website: httpsUrl,
      /** ISO 3166-1 alpha-2 code of the head office (processors). */
      headquarters: countryCodeSchema.optional(),
      /** Processor or technology. */
      kind: entryKindSchema,
      /** What it does for a site. */
      services: z.array(serviceSchema, { error: 'expected a list of services' }).min(1, { error: 'expected at least one service' }),
      /** Where data is processed (processors). */
      processing: processingSchema.optional(),
      /** The personal data it receives. */
      dataCategories: z.array(dataCategorySchema, { error: 'expected a list of data categories' }),
      /** The vendor's privacy policy. */
      privacyPolicy: httpsUrl.optional(),
      /** The vendor's data processing agreement. */
      dpa: httpsUrl.optional(),
      /** What it is, in a sentence or two. */
      description: localizedTextSchema,
      /** Pages its facts were checked against. */
      sources: z.array(sourceSchema, { error: 'expected a list of sources' }).min(1, { error: 'expected at least one source with url and checked' }),
      /** Facts of this entry not yet confirmed from the vendor's own material. */
      unconfirmed: unconfirmedList(entryFactSchema),
      /** The cookies and storage items it sets. */
      cookies: z.array(cookieSchema, { error: 'expected a list of cookies and storage items (or [])' }),
    },
    { error: 'expected a mapping with the fields of a catalog entry' },
  )
  .superRefine((entry, ctx) => {
    entry.cookies.forEach((cookie, index) => {
      const self = cookie.sharedWith?.indexOf(entry.id) ?? -1;
      if (self !== -1) {
        ctx.addIssue({ code: 'custom', path: ['cookies', index, 'sharedWith', self], message: `expected the ids of other entries that set the item, not this entry's own id "${entry.id}"` });
      }
    });
    if (entry.kind !== 'processor') return;
    for (const field of ['legalName', 'headquarters', 'processing'] as const) {
      if (entry[field] === undefined) {
        ctx.addIssue({ code: 'custom', path: [field], message: `expected ${field} on a processor` });
      }
    }
  }) satisfies z.ZodType<CatalogEntry>;

/** A catalog entry as written in YAML. */
export type CatalogEntryInput = z.input<typeof catalogEntrySchema>;
/** A catalog entry after validation. */
export type CatalogEntryOutput = z.output<typeof catalogEntrySchema>;
/** A cookie or storage item as written in YAML. */
export type CookieInput = z.input<typeof cookieSchema>;
