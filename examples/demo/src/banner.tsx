import { useConsent } from '@kakor/react';
import type { Texts } from './texts';

/** The first-visit banner: accept, reject and choose are equally easy to reach. */
export function Banner({ t, onChoose }: { t: Texts; onChoose: () => void }) {
  const { needsConsent, gpc, acceptAll, rejectAll } = useConsent();
  if (!needsConsent) return null;
  return (
    <section className="banner" role="region" aria-labelledby="banner-title">
      <h2 id="banner-title">{t.bannerTitle}</h2>
      <p>{t.bannerText}</p>
      {gpc && <p className="note">{t.gpcNote}</p>}
      <div className="actions">
        <button type="button" id="accept-all" onClick={() => acceptAll()}>
          {t.acceptAll}
        </button>
        <button type="button" id="reject-all" onClick={() => rejectAll()}>
          {t.rejectAll}
        </button>
        <button type="button" id="choose" onClick={onChoose}>
          {t.preferences}
        </button>
      </div>
    </section>
  );
}
