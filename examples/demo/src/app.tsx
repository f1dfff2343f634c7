import type { CatalogLocale } from '@kakor/catalog';
import { useConsent } from '@kakor/react';
import { useEffect, useState, type MouseEvent } from 'react';
import { Banner } from './banner';
import { HomePage, ThirdPartyScripts, VideoPage } from './pages';
import { PolicyPage } from './policy-page';
import { PreferencesDialog } from './preferences-dialog';
import { texts } from './texts';

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
  const [choosing, setChoosing] = useState(false);
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
      {where.path === '/policy' ? <PolicyPage lang={where.lang} /> : where.path === '/video' ? <VideoPage t={t} /> : <HomePage t={t} serverCookies={serverCookies} />}
      <footer>
        <button type="button" id="open-preferences" onClick={() => setChoosing(true)}>
          {t.change}
        </button>
        {!needsConsent && (
          <button type="button" id="withdraw" onClick={() => withdraw()}>
            {t.withdraw}
          </button>
        )}
      </footer>
      <Banner t={t} onChoose={() => setChoosing(true)} />
      <PreferencesDialog t={t} lang={where.lang} open={choosing} onClose={() => setChoosing(false)} />
      <ThirdPartyScripts />
    </>
  );
}
