'use client';
import type { CatalogLocale } from '@kakor/catalog';

/**
 * Every string the banner, the preferences dialog and the settings button show, and their
 * language. Kakor ships them in English, Swedish and Norwegian Bokmål (`consentTextsEn`,
 * `consentTextsSv`, `consentTextsNb`, each its own module, so an app bundles only the ones it
 * imports); pass one, or your own, as the `texts` prop.
 */
export interface ConsentTexts {
  /** The language of the texts (`lang` of the banner and dialog); the `policy` loader is called with it. */
  readonly locale: CatalogLocale;
  /** The banner's heading. */
  readonly bannerTitle: string;
  /** The banner's explanation. */
  readonly bannerText: string;
  /** The button that grants every category (GPC still keeps marketing off). */
  readonly acceptAll: string;
  /** The button that denies every optional category. */
  readonly rejectAll: string;
  /** The banner's button that opens the preferences dialog. */
  readonly choose: string;
  /** The link to the cookie policy page. */
  readonly policyLink: string;
  /** Shown in the banner and the dialog while the browser sends Global Privacy Control. */
  readonly gpcNotice: string;
  /** The dialog's heading. */
  readonly dialogTitle: string;
  /** The dialog's explanation. */
  readonly dialogIntro: string;
  /** The dialog's button that stores the switches as they are. */
  readonly save: string;
  /** The label of the dialog's close button. */
  readonly close: string;
  /** Shown instead of a switch for necessary cookies. */
  readonly alwaysOn: string;
  /** The heading of necessary cookies. */
  readonly necessaryTitle: string;
  /** What necessary cookies are for. */
  readonly necessaryDescription: string;
  /** The heading of preference cookies. */
  readonly preferencesTitle: string;
  /** What preference cookies are for. */
  readonly preferencesDescription: string;
  /** The heading of analytics cookies. */
  readonly analyticsTitle: string;
  /** What analytics cookies are for. */
  readonly analyticsDescription: string;
  /** The heading of marketing cookies. */
  readonly marketingTitle: string;
  /** What marketing cookies are for. */
  readonly marketingDescription: string;
  /** The summary of a processor's cookie list. */
  readonly cookies: string;
  /** Shown while the cookie details load. */
  readonly loading: string;
  /** The settings button's label. */
  readonly settings: string;
  /** Before the consent's id in the dialog's receipt of the visitor's consent. */
  readonly receiptId: string;
  /** Before the time the consent was given, in the dialog's receipt. */
  readonly receiptGiven: string;
}

/** The props every consent component takes for its words and look. */
export interface ConsentUiProps {
  /**
   * The texts: `consentTextsEn`, `consentTextsSv`, `consentTextsNb`, or your own. Override one
   * string with a spread: `{ ...consentTextsSv, bannerTitle: 'Kakor på Cling' }`.
   */
  readonly texts: ConsentTexts;
  /** Drops the `kakor-styled` class that `@kakor/react/ui.css` styles; the `kakor-*` class names stay, for your own CSS. */
  readonly unstyled?: boolean;
  /** Extra class names for the component's outer element. */
  readonly className?: string;
}

/** The component's texts; a clear error when an app (without the compiler's check) left them out. */
export function textsOf(props: { readonly texts?: ConsentTexts | undefined }, component: string): ConsentTexts {
  if (!props.texts) throw new TypeError(`<${component}> needs \`texts\`, e.g. consentTextsEn`);
  return props.texts;
}

/** The outer element's class: its stable name, `kakor-styled` unless unstyled, and the app's own. */
export function rootClass(props: Omit<ConsentUiProps, 'texts'>, name: string): string {
  return [name, props.unstyled ? '' : 'kakor-styled', props.className ?? ''].filter(Boolean).join(' ');
}
