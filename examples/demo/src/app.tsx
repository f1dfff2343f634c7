import type { CatalogLocale } from '@kakor/catalog';
import type { CookiePolicy } from '@kakor/consent/policy';
import { useConsent } from '@kakor/react';
import { ConsentBanner, ConsentPreferences, ConsentSettingsButton, consentTextsEn, consentTextsNb, consentTextsSv } from '@kakor/react/ui';
import { lazy, Suspense, useEffect, useState, type MouseEvent } from 'react';
import { HomePage, ThirdPartyScripts, VideoPage } from './pages';
import { texts } from './texts';

// The catalog's texts load only with the policy page or when the dialog opens (Vite splits them out).
const PolicyPage = lazy(() => import('./policy-page').then((module) => ({ default: module.PolicyPage })));
const loadPolicy = (locale: CatalogLocale): Promise<CookiePolicy> => import('./site-texts').then((module) => module.policyFor(locale));
const consentTexts = { en: consentTextsEn, sv: consentTextsSv, nb: consentTextsNb };

const locales: readonly CatalogLocale[] = ['en', 'sv', 'nb'];

function readLocation(): { path: string; lang: CatalogLocale } {
  const lang = new URLSearchParams(location.search).get('lang');
  return { path: location.pathname, lang: locales.includes(lang as CatalogLocale) ? (lang as CatalogLocale) : 'en' };
}

/** Asks the server for its cookies; called on load and after every saved choice. */
export async function visitServer(): Promise<string> {
  const response = await fetch('/api/visit', { credentials: 'same-origin' });
  const allowed = (await response.json()) as { analytics: boolean; marketing: boolean };
  return ['demo_session', ...(allowed.analytics ? ['_gid'] : []), ...(allowed.marketing ? ['_fbc'] : [])].join(', ');
}

/** The demo shop: pages, language, banner and preferences. */
export function App({ serverCookies }: { serverCookies: string }) {
  const [where, setWhere] = useState(readLocation);
  const { needsConsent, withdraw } = useConsent();
  const t = texts[where.lang];
  useEffect(() => {
    const onPop = () => setWhere(readLocation());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  useEffect(() => {
    document.documentElement.lang = where.lang;
  }, [where.lang]);
  const go = (path: string, lang: CatalogLocale = where.lang) => (event?: MouseEvent) => {
    event?.preventDefault();
    history.pushState(null, '', `${path}?lang=${lang}`);
    setWhere({ path, lang });
  };
  return (
    <>
      <header>
        <nav aria-label="Main">
          <a href={`/?lang=${where.lang}`} onClick={go('/')}>
            {t.home}
          </a>
          <a href={`/video?lang=${where.lang}`} onClick={go('/video')}>
            {t.video}
          </a>
          <a href={`/policy?lang=${where.lang}`} id="policy-link" onClick={go('/policy')}>
            {t.policy}
          </a>
        </nav>
        <label>
          {t.language}{' '}
          <select id="language" value={where.lang} onChange={(event) => go(where.path, event.target.value as CatalogLocale)()}>
            <option value="en">English</option>
            <option value="sv">Svenska</option>
            <option value="nb">Norsk bokmål</option>
          </select>
        </label>
      </header>
      {where.path === '/policy' ? (
        <Suspense>
          <PolicyPage lang={where.lang} />
        </Suspense>
      ) : where.path === '/video' ? (
        <VideoPage t={t} />
      ) : (
        <HomePage t={t} serverCookies={serverCookies} />
      )}
      <footer>
        <ConsentSettingsButton texts={consentTexts[where.lang]} />
        {!needsConsent && (
          <button type="button" id="withdraw" onClick={() => withdraw({ locale: where.lang })}>
            {t.withdraw}
          </button>
        )}
      </footer>
      <ConsentBanner texts={consentTexts[where.lang]} policyUrl={`/policy?lang=${where.lang}`} />
      <ConsentPreferences texts={consentTexts[where.lang]} policyUrl={`/policy?lang=${where.lang}`} policy={loadPolicy} />
      <ThirdPartyScripts />
    </>
  );
}
