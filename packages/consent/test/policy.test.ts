import { cellsynt, hotjar, intercom, nuxtI18n, piwikPro } from '@kakor/catalog';
import { describe, expect, it } from 'vitest';
import { defineSite } from '../src';
import { cookiePolicy, policyLabels } from '../src/policy';
import { stickySession, testSite } from './fixtures';

describe('cookiePolicy', () => {
  it('groups rows by category, necessary first, with every processor item and the site’s own cookies', () => {
    const site = testSite();
    const policy = cookiePolicy(site, 'en');
    expect(policy.sections.map((section) => section.category)).toEqual(['necessary', 'preferences', 'analytics', 'marketing']);
    const rows = policy.sections.flatMap((section) => section.rows);
    const declared = site.processors.reduce((sum, entry) => sum + entry.cookies.length, 0) + site.cookies.length;
    expect(rows).toHaveLength(declared);
    for (const section of policy.sections) expect(section.rows.every((row) => row.category === section.category)).toBe(true);
    const sticky = rows.find((row) => row.name === 'stickySession');
    expect(sticky).toMatchObject({ provider: 'This website', durationText: 'session', partyText: 'First party', storageText: 'Cookie' });
    expect(sticky).not.toHaveProperty('processorId');
  });

  it('writes Swedish: labels, purposes and durations such as "12 månader" and "30 minuter"', () => {
    const policy = cookiePolicy(defineSite({ processors: [piwikPro], cookies: [stickySession] }), 'sv', { owner: 'Cling' });
    expect(policy.sections.map((section) => section.title)).toEqual(['Nödvändiga', 'Statistik']);
    const rows = policy.sections.flatMap((section) => section.rows);
    expect(rows.find((row) => row.name === '_pk_id.*')).toMatchObject({ durationText: '13 månader', provider: 'Piwik PRO', isPattern: true, partyText: 'Förstapart' });
    expect(rows.find((row) => row.name === '_pk_ses.*')?.durationText).toBe('30 minuter');
    expect(rows.find((row) => row.name === '_pk_id.*')?.purpose).toBe(piwikPro.cookies.find((item) => item.pattern === '_pk_id.*')?.purpose.sv);
    expect(rows.find((row) => row.name === 'stickySession')?.provider).toBe('Cling');
    expect(rows.find((row) => row.name === 'kakor_consent')?.purpose).toBe(policyLabels.sv.consentCookiePurpose);
  });

  it('falls back to English for a text the locale lacks', () => {
    const policy = cookiePolicy(defineSite({ processors: [], cookies: [stickySession] }), 'nb');
    expect(policy.sections[0]?.rows.find((row) => row.name === 'stickySession')?.purpose).toBe('Keeps a visit on one server.');
  });

  it('lists processors, not technologies, with places, data and safeguards in words', () => {
    const site = defineSite({ processors: [intercom, cellsynt, hotjar, nuxtI18n] });
    const sv = cookiePolicy(site, 'sv').processors;
    expect(sv.map((row) => row.id)).toEqual(['intercom', 'cellsynt', 'hotjar']);
    const intercomRow = sv[0];
    expect(intercomRow?.legalName).toBe(intercom.legalName);
    expect(intercomRow?.locationsText).toContain('USA');
    expect(intercomRow?.safeguardsText).not.toBe(policyLabels.sv.withinEea);
    expect(sv.find((row) => row.id === 'hotjar')?.safeguardsText).toBe(policyLabels.sv.withinEea);
    expect(sv.find((row) => row.id === 'cellsynt')?.dataSharedText).toContain('Telefonnummer');
    const en = cookiePolicy(site, 'en').processors;
    expect(en[0]?.locationsText).toMatch(/United States/);
  });

  it('has the same keys in every locale’s labels', () => {
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)])) : typeof value;
    expect(shape(policyLabels.sv)).toEqual(shape(policyLabels.en));
    expect(shape(policyLabels.nb)).toEqual(shape(policyLabels.en));
  });
});

describe('cookiePolicy with text-free rules', () => {
  it('names the entries that carry no texts', async () => {
    const rules = await import('@kakor/catalog/rules');
    const site = defineSite({ processors: [rules.stripe, rules.meta] });
    expect(() => cookiePolicy(site as never, 'en')).toThrow('cookiePolicy: stripe, meta are text-free rules from @kakor/catalog/rules; define the site with the full entries from @kakor/catalog for a policy');
  });
});
