'use client';
import type { ReactNode } from 'react';
import { openConsentPreferences } from './open-preferences';
import { rootClass, textsOf, type ConsentTexts, type ConsentUiProps } from './texts';

/** Props of {@link ConsentSettingsButton}. */
export interface ConsentSettingsButtonProps extends Omit<ConsentUiProps, 'texts'> {
  /** The texts, for the `settings` label; not needed with `children`. */
  readonly texts?: ConsentTexts;
  /** The button's content; the `texts`' `settings` label by default. */
  readonly children?: ReactNode;
}

/**
 * A button that opens the `<ConsentPreferences>` dialog again, so a visitor can change or
 * withdraw consent at any time; put it in the footer. Focus returns to it when the dialog closes.
 *
 * @example
 * <footer><ConsentSettingsButton texts={consentTextsSv} /></footer>
 */
export function ConsentSettingsButton(props: ConsentSettingsButtonProps): ReactNode {
  return (
    <button type="button" className={rootClass(props, 'kakor-settings-button')} onClick={(event) => openConsentPreferences(event.currentTarget)}>
      {props.children ?? textsOf(props, 'ConsentSettingsButton').settings}
    </button>
  );
}
