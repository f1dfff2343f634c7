import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { catalog, createMatcher, processorIds } from '../src';
import { catalogEntrySchema } from '../src/schema';
import { formatProblem, renderUnverifiedMarkdown, validateCatalogDir } from '../src/validate';

const matcher = createMatcher(catalog);
const repoRoot = join(import.meta.dirname, '../../..');

describe('the compiled catalog', () => {
  // Every cookie the four seed policies name, with the entry and category Kakor must give it.
  it.each([
    ['_pk_ses.8506966f-4802-4f59-9092-421623856f55', 'piwik-pro', 'analytics'],
    ['_pk_id.8506966f-4802-4f59-9092-421623856f55', 'piwik-pro', 'analytics'],
    ['ppms_privacy_8506966f-4802-4f59-9092-421623856f55', 'piwik-pro', 'necessary'],
    ['_fbp', 'meta', 'marketing'],
    ['fr', 'meta', 'marketing'],
    ['_fw_crm_v', 'freshworks', undefined],
    ['__stripe_mid', 'stripe', 'necessary'],
    ['__stripe_sid', 'stripe', 'necessary'],
    ['io', 'socket-io', 'necessary'],
    ['__cf_bm', 'cloudflare', 'necessary'],
    ['i18n_redirected', 'nuxt-i18n', 'preferences'],
    ['VISITOR_INFO1_LIVE', 'youtube', 'preferences'],
    ['hs_ab_test', 'hubspot', 'necessary'],
    ['__hs_do_not_track', 'hubspot', undefined],
    ['__hs_cookie_cat_pref', 'hubspot', 'necessary'],
    ['__hstc', 'hubspot', 'analytics'],
    ['hubspotutk', 'hubspot', undefined],
    ['__hssc', 'hubspot', 'analytics'],
    ['__hssrc', 'hubspot', 'analytics'],
    ['ajs_anonymous_id', 'segment', 'analytics'],
    ['ajs_user_id', 'segment', 'analytics'],
    ['ajs_group_id', 'segment', 'analytics'],
    ['_gcl_au', 'google-ads', 'marketing'],
    ['_lfa', 'leadfeeder', 'marketing'],
    ['_clck', 'microsoft-clarity', 'analytics'],
    ['_clsk', 'microsoft-clarity', 'analytics'],
  ])('knows %s (%s)', (name, id, category) => {
    const match = matcher.match(name);
    // A name several entries share (Matomo and Piwik PRO's _pk_*) goes to the first id, naming the others.
    expect([match?.entry.id, ...(match?.cookie.sharedWith ?? [])]).toContain(id);
    if (category) expect(match?.cookie.category).toBe(category);
  });

  it('has every processor of seed 003 with a place of processing', () => {
    const subProcessors = ['intercom', 'glesys', 'hubspot', 'cgi-sverige', 'cellsynt', 'mailgun', 'sendgrid', 'dorunner', 'mandrill', 'rollbar', 'hotjar', 'meta', 'google-cloud', 'slack', 'amazon-web-services', 'billecta', 'logrocket'];
    for (const id of subProcessors) {
      const entry = catalog.find((e) => e.id === id);
      expect(entry, id).toBeDefined();
      expect(entry?.processing?.locations.length, id).toBeGreaterThan(0);
    }
  });

  it('gives every item an English, Swedish and Norwegian purpose', () => {
    for (const entry of catalog) {
      for (const cookie of entry.cookies) {
        expect([cookie.purpose.en, cookie.purpose.sv, cookie.purpose.nb].every(Boolean), `${entry.id} ${cookie.name ?? cookie.pattern ?? ''}`).toBe(true);
      }
    }
  });

  it('validates without an error or a warning, and holds no `kakor new` placeholder', async () => {
    const result = await validateCatalogDir(join(repoRoot, 'catalog'), repoRoot);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.entries).toHaveLength(catalog.length);
  });

  it('lists ids in the same order as the entries, each passing the schema', () => {
    expect(catalog.map((e) => e.id)).toEqual(processorIds);
    for (const entry of catalog) expect(catalogEntrySchema.safeParse(entry).success, entry.id).toBe(true);
  });

  it('keeps catalog/UNVERIFIED.md generated from the entries\' unconfirmed lists', async () => {
    const committed = await readFile(join(repoRoot, 'catalog/UNVERIFIED.md'), 'utf8');
    expect(committed, 'run `pnpm --filter @kakor/catalog generate`').toBe(renderUnverifiedMarkdown(catalog));
  });

  it('keeps catalog/schema.json in step with the Zod schema', async () => {
    const committed = JSON.parse(await readFile(join(repoRoot, 'catalog/schema.json'), 'utf8')) as Record<string, unknown>;
    const current = z.toJSONSchema(catalogEntrySchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    expect(committed.properties).toEqual(current.properties);
    expect(committed.required).toEqual(current.required);
  });
});
