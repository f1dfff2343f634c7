'use client';
import type { ConsentTexts } from '../texts';

/**
 * The consent components' texts in Swedish.
 *
 * @example
 * <ConsentBanner texts={consentTextsSv} />
 */
export const consentTextsSv: ConsentTexts = {
  locale: 'sv',
  bannerTitle: 'Vi använder kakor',
  bannerText:
    'Nödvändiga kakor får webbplatsen att fungera. Med ditt samtycke använder vi även kakor för inställningar, statistik och marknadsföring. Du kan när som helst ändra ditt val i kakinställningarna.',
  acceptAll: 'Godkänn alla',
  rejectAll: 'Avvisa alla',
  choose: 'Välj själv',
  policyLink: 'Kakpolicy',
  gpcNotice: 'Din webbläsare skickar en Global Privacy Control-signal, så marknadsföring är avstängd om du inte slår på den här.',
  dialogTitle: 'Kakinställningar',
  dialogIntro: 'Välj vilka kakor vi får använda. Nödvändiga kakor är alltid på: webbplatsen fungerar inte utan dem.',
  save: 'Spara val',
  close: 'Stäng',
  alwaysOn: 'Alltid på',
  necessaryTitle: 'Nödvändiga',
  necessaryDescription: 'Behövs för att webbplatsen ska fungera, till exempel varukorg och säkerhet. De kräver inget samtycke.',
  preferencesTitle: 'Inställningar',
  preferencesDescription: 'Kommer ihåg dina val, som språk eller tema.',
  analyticsTitle: 'Statistik',
  analyticsDescription: 'Hjälper oss att förstå hur webbplatsen används, så att vi kan förbättra den.',
  marketingTitle: 'Marknadsföring',
  marketingDescription: 'Visar relevanta annonser och mäter dem, här och på andra webbplatser.',
  cookies: 'Kakor',
  loading: 'Laddar detaljer…',
  settings: 'Kakinställningar',
  receiptId: 'Ditt samtyckes-id:',
  receiptGiven: 'lämnat',
};
