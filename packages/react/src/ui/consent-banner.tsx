'use client';
import { useId, type ReactNode } from 'react';
import type { ConsentState } from '@kakor/consent';
import { useConsentContext } from '../context';
import { useConsent } from '../hooks';
import { openConsentPreferences } from './open-preferences';
import { rootClass, textsOf, type ConsentUiProps } from './texts';
import { useHydrated } from './use-hydrated';

/** How a choice was made in the banner or the dialog. */
export type ConsentChoiceKind = 'accept-all' | 'reject-all' | 'save';

/** Props of {@link ConsentBanner}. */
export interface ConsentBannerProps extends ConsentUiProps {
  /** The cookie policy page; the banner links to it when given. */
  readonly policyUrl?: string;
  /** Whether the banner shows the button that opens `<ConsentPreferences>`; `true` by default. */
  readonly showChoose?: boolean;
  /** Called after every choice made in the banner, with the stored consent. */
  readonly onChange?: (state: ConsentState, kind: ConsentChoiceKind) => void;
}

/**
 * The first-visit banner: a labelled region fixed to the bottom of the viewport (it never moves
 * the page), shown while the visitor must be asked. Accept all, reject all and choose are the
 * same kind of button, equally prominent. On the server it renders only when the provider has
 * `initialConsent` and that consent needs asking, so a returning visitor never sees it flash.
 *
 * @example
 * <ConsentProvider site={site} initialConsent={consentFromServer}>
 *   <App />
 *   <ConsentBanner texts={consentTextsSv} policyUrl="/kakor" />
 *   <ConsentPreferences texts={consentTextsSv} policyUrl="/kakor" />
 * </ConsentProvider>
 */
export function ConsentBanner(props: ConsentBannerProps): ReactNode {
  const { serverKnowsConsent } = useConsentContext('ConsentBanner');
  const { needsConsent, gpc, acceptAll, rejectAll } = useConsent();
  const hydrated = useHydrated();
  const id = useId();
  const t = textsOf(props, 'ConsentBanner');
  if (!needsConsent || (!serverKnowsConsent && !hydrated)) return null;
  const choose = (kind: ConsentChoiceKind, make: () => ConsentState) => () => {
    // Made first: `onChange?.(make())` would skip the choice itself when no callback is given.
    const stored = make();
    props.onChange?.(stored, kind);
  };
  return (
    <section lang={t.locale} className={rootClass(props, 'kakor-banner')} role="region" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`}>
      <h2 className="kakor-title" id={`${id}-title`}>
        {t.bannerTitle}
      </h2>
      <p className="kakor-text" id={`${id}-text`}>
        {t.bannerText}
        {props.policyUrl !== undefined && (
          <>
            {' '}
            <a className="kakor-link" href={props.policyUrl}>
              {t.policyLink}
            </a>
          </>
        )}
      </p>
      {gpc && <p className="kakor-notice">{t.gpcNotice}</p>}
      <div className="kakor-actions">
        <button type="button" className="kakor-button" data-kakor-action="accept-all" onClick={choose('accept-all', () => acceptAll({ locale: t.locale }))}>
          {t.acceptAll}
        </button>
        <button type="button" className="kakor-button" data-kakor-action="reject-all" onClick={choose('reject-all', () => rejectAll({ locale: t.locale }))}>
          {t.rejectAll}
        </button>
        {props.showChoose !== false && (
          <button type="button" className="kakor-button" data-kakor-action="choose" onClick={(event) => openConsentPreferences(event.currentTarget)}>
            {t.choose}
          </button>
        )}
      </div>
    </section>
  );
}
