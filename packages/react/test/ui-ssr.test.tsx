// @vitest-environment node
// The UI's server render, then hydration in a fresh jsdom window, as a browser receives it:
// the banner is in the server's HTML only when the server's consent says to ask.
import { createConsentState, serializeConsent, type ConsentState } from '@kakor/consent';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsentProvider } from '../src';
import { ConsentBanner, ConsentPreferences, ConsentSettingsButton, consentTextsSv } from '../src/ui';
import { hydrateInJsdom, removeJsdomGlobals } from './hydrate';
import { site } from './site';

function Page({ initialConsent }: { initialConsent?: ConsentState | null }): ReactNode {
  return (
    <ConsentProvider site={site} {...(initialConsent !== undefined && { initialConsent })}>
      <main>Shop</main>
      <ConsentSettingsButton texts={consentTextsSv} />
      <ConsentBanner texts={consentTextsSv} policyUrl="/kakor" />
      <ConsentPreferences texts={consentTextsSv} />
    </ConsentProvider>
  );
}

async function hydrate(html: string, cookie: string, client: ReactNode) {
  const { root, errors } = await hydrateInJsdom(html, cookie, client);
  return { errors, banner: root.querySelector('.kakor-banner')?.textContent ?? null };
}

afterEach(removeJsdomGlobals);

describe('@kakor/react/ui: server render + hydrateRoot', () => {
  it('renders the banner on the server for a first visit, and hydrates it without a warning', async () => {
    const html = renderToString(<Page initialConsent={null} />);
    expect(html).toContain('class="kakor-banner kakor-styled"');
    expect(html).toContain('Godkänn alla');
    expect(html).toContain('href="/kakor"');
    // The closed dialog renders no content on the server.
    expect(html).not.toContain('Spara val');
    const result = await hydrate(html, '', <Page initialConsent={null} />);
    expect(result.errors).toEqual([]);
    expect(result.banner).toContain('Avvisa alla');
  });

  it('leaves the banner out of the server render for a returning visitor, and never adds it', async () => {
    const state = createConsentState(site, { categories: { analytics: true }, source: 'banner' });
    const html = renderToString(<Page initialConsent={state} />);
    expect(html).not.toContain('kakor-banner');
    expect(html).toContain('Kakinställningar'); // the settings button
    const result = await hydrate(html, `kakor_consent=${serializeConsent(state)}`, <Page initialConsent={state} />);
    expect(result.errors).toEqual([]);
    expect(result.banner).toBeNull();
  });

  it('without initialConsent renders no banner on the server (it cannot know), then shows it after hydration if the cookie says to ask', async () => {
    const html = renderToString(<Page />);
    expect(html).not.toContain('kakor-banner');
    const firstVisit = await hydrate(html, '', <Page />);
    expect(firstVisit.errors).toEqual([]);
    expect(firstVisit.banner).toContain('Vi använder kakor');
  });

  it('without initialConsent shows no banner after hydration when the cookie holds a current consent', async () => {
    const state = createConsentState(site, { categories: {}, source: 'banner' });
    const html = renderToString(<Page />);
    const returning = await hydrate(html, `kakor_consent=${serializeConsent(state)}`, <Page />);
    expect(returning.errors).toEqual([]);
    expect(returning.banner).toBeNull();
  });

  it('says what is missing when a component is given no texts (a caller without the compiler)', () => {
    const noTexts = {} as { texts: typeof consentTextsSv };
    for (const [name, element] of [
      ['ConsentBanner', <ConsentBanner key="b" {...noTexts} />],
      ['ConsentPreferences', <ConsentPreferences key="p" {...noTexts} />],
      ['ConsentSettingsButton', <ConsentSettingsButton key="s" />],
    ] as const) {
      expect(() => renderToString(<ConsentProvider site={site} initialConsent={null}>{element}</ConsentProvider>)).toThrow(`<${name}> needs \`texts\`, e.g. consentTextsEn`);
    }
    // With its own content the settings button needs none.
    expect(renderToString(<ConsentProvider site={site} initialConsent={null}><ConsentSettingsButton>Cookies</ConsentSettingsButton></ConsentProvider>)).toContain('>Cookies</button>');
  });
});
