// The page the UI browser test renders on the server (renderToString) and hydrates in
// Chromium: some content, a gate, the banner, the preferences dialog and the settings button.
import type { CatalogLocale } from '@kakor/catalog';
import type { ConsentState } from '@kakor/consent';
import type { CookiePolicy } from '@kakor/consent/policy';
import { useEffect } from 'react';
import { ConsentGate, ConsentProvider } from '@kakor/react';
import { ConsentBanner, ConsentPreferences, ConsentSettingsButton, consentTextsEn, consentTextsNb, consentTextsSv } from '@kakor/react/ui';
import { site } from '../site';

const texts = { en: consentTextsEn, sv: consentTextsSv, nb: consentTextsNb };

/** What the server read from the request and passes to the client as JSON. */
export interface UiPageProps {
  readonly initialConsent: ConsentState | null;
  readonly gpc: boolean;
  readonly locale: CatalogLocale;
}

// The dialog's cookie details come from the server when it first opens, as an app would load them.
const loadPolicy = (locale: CatalogLocale): Promise<CookiePolicy> => fetch(`/policy/${locale}`).then((response) => response.json() as Promise<CookiePolicy>);

// Marks the page once React has hydrated it, so the test waits for event handlers.
function Hydrated() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}

/** The test shop. */
export function UiPage({ initialConsent, gpc, locale }: UiPageProps) {
  return (
    <ConsentProvider site={site} initialConsent={initialConsent} gpc={gpc}>
      <header>
        <a href="/">Test shop</a>
      </header>
      <main>
        <h1>Welcome</h1>
        <p id="content">A paragraph of content that must never move when the banner appears.</p>
        <ConsentGate category="analytics" fallback={<p id="analytics">analytics off</p>}>
          <p id="analytics">analytics on</p>
        </ConsentGate>
      </main>
      <footer>
        <ConsentSettingsButton texts={texts[locale]} />
      </footer>
      <ConsentBanner texts={texts[locale]} policyUrl="/policy" />
      <ConsentPreferences texts={texts[locale]} policyUrl="/policy" policy={loadPolicy} />
      <Hydrated />
    </ConsentProvider>
  );
}
