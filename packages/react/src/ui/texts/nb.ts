'use client';
import type { ConsentTexts } from '../texts';

/**
 * The consent components' texts in Norwegian Bokmål.
 *
 * @example
 * <ConsentBanner texts={{ ...consentTextsNb, bannerTitle: 'Informasjonskapsler hos Cling' }} />
 */
export const consentTextsNb: ConsentTexts = {
  locale: 'nb',
  bannerTitle: 'Vi bruker informasjonskapsler',
  bannerText:
    'Nødvendige informasjonskapsler får nettstedet til å fungere. Med ditt samtykke bruker vi også informasjonskapsler til innstillinger, statistikk og markedsføring. Du kan når som helst endre valget ditt i innstillingene for informasjonskapsler.',
  acceptAll: 'Godta alle',
  rejectAll: 'Avvis alle',
  choose: 'Velg selv',
  policyLink: 'Retningslinjer for informasjonskapsler',
  gpcNotice: 'Nettleseren din sender et Global Privacy Control-signal, så markedsføring er av med mindre du slår det på her.',
  dialogTitle: 'Innstillinger for informasjonskapsler',
  dialogIntro: 'Velg hvilke informasjonskapsler vi kan bruke. Nødvendige informasjonskapsler er alltid på: nettstedet fungerer ikke uten dem.',
  save: 'Lagre valg',
  close: 'Lukk',
  alwaysOn: 'Alltid på',
  necessaryTitle: 'Nødvendige',
  necessaryDescription: 'Trengs for at nettstedet skal fungere, for eksempel handlekurv og sikkerhet. De krever ikke samtykke.',
  preferencesTitle: 'Innstillinger',
  preferencesDescription: 'Husker valgene dine, som språk eller tema.',
  analyticsTitle: 'Statistikk',
  analyticsDescription: 'Hjelper oss å forstå hvordan nettstedet brukes, slik at vi kan forbedre det.',
  marketingTitle: 'Markedsføring',
  marketingDescription: 'Viser relevante annonser og måler dem, her og på andre nettsteder.',
  cookies: 'Informasjonskapsler',
  loading: 'Laster inn detaljer…',
  settings: 'Informasjonskapsler',
  receiptId: 'Din samtykke-ID:',
  receiptGiven: 'gitt',
};
