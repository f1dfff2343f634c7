import { ConsentGate, ConsentScript, useConsent, useCookieAllowed } from '@kakor/react';
import { useEffect, useState } from 'react';
import type { Texts } from './texts';

/** The home page: the consent as the app sees it, what the server set, and a theme setting kept in localStorage. */
export function HomePage({ t, serverCookies }: { t: Texts; serverCookies: string }) {
  const { state, needsConsent } = useConsent();
  const themeAllowed = useCookieAllowed('demo_theme', 'localStorage');
  const [dark, setDark] = useState(false);
  useEffect(() => {
    if (themeAllowed) setDark(localStorage.getItem('demo_theme') === 'dark');
  }, [themeAllowed]);
  const toggle = (on: boolean) => {
    setDark(on);
    if (themeAllowed) localStorage.setItem('demo_theme', on ? 'dark' : 'light');
  };
  const choice = needsConsent || !state ? t.noChoice : Object.entries(state.categories).map(([category, on]) => `${category}: ${on ? '✓' : '✗'}`).join(', ');
  return (
    <main className={dark ? 'dark' : undefined}>
      <h1>{t.shop}</h1>
      <p>{t.intro}</p>
      <p>
        {t.status}: <span id="choice">{choice}</span>
      </p>
      <p>
        {t.server}: <span id="server-cookies">{serverCookies}</span>
      </p>
      <label>
        <input type="checkbox" id="theme" checked={dark} onChange={(event) => toggle(event.target.checked)} /> {t.theme}
      </label>
      {!themeAllowed && <p className="note">{t.themeBlocked}</p>}
    </main>
  );
}

/** The video page: the embed appears only with YouTube's consent. */
export function VideoPage({ t }: { t: Texts }) {
  return (
    <main>
      <h1>{t.video}</h1>
      <ConsentGate processor="youtube" fallback={<p id="video-blocked">{t.videoBlocked}</p>}>
        <div id="video-player" className="player" role="img" aria-label={t.videoShown}>
          ▶ {t.videoShown}
        </div>
      </ConsentGate>
    </main>
  );
}

/** The stand-in third-party scripts, each loaded only once its processor is allowed. */
export function ThirdPartyScripts() {
  return (
    <>
      <ConsentScript category="analytics" src="/vendor/analytics.js" id="script-analytics" />
      <ConsentScript processor="meta" src="/vendor/pixel.js" id="script-pixel" />
    </>
  );
}
