'use client';
import type { ConsentTexts } from '../texts';

/**
 * The consent components' texts in English.
 *
 * @example
 * <ConsentBanner texts={consentTextsEn} />
 */
export const consentTextsEn: ConsentTexts = {
  locale: 'en',
  bannerTitle: 'We use cookies',
  bannerText:
    'Necessary cookies make the site work. With your consent we also use cookies for preferences, analytics and marketing. You can change your choice at any time in the cookie settings.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  choose: 'Choose',
  policyLink: 'Cookie policy',
  gpcNotice: 'Your browser sends a Global Privacy Control signal, so marketing stays off unless you switch it on here.',
  dialogTitle: 'Cookie settings',
  dialogIntro: 'Choose which cookies we may use. Necessary cookies are always on: the site does not work without them.',
  save: 'Save choices',
  close: 'Close',
  alwaysOn: 'Always on',
  necessaryTitle: 'Necessary',
  necessaryDescription: 'Needed for the site to work, such as the basket and security. They need no consent.',
  preferencesTitle: 'Preferences',
  preferencesDescription: 'Remember your settings, such as language or theme.',
  analyticsTitle: 'Analytics',
  analyticsDescription: 'Help us understand how the site is used, so we can improve it.',
  marketingTitle: 'Marketing',
  marketingDescription: 'Show you relevant ads and measure them, here and on other sites.',
  cookies: 'Cookies',
  loading: 'Loading details…',
  settings: 'Cookie settings',
  receiptId: 'Your consent ID:',
  receiptGiven: 'given',
};
