import { useEffect, useRef, type EffectCallback } from 'react';
import { useRequirement, type ConsentRequirement } from './requirement';

/**
 * Runs an effect while a category or processor is allowed, and its cleanup as soon as consent
 * is withdrawn (or the component unmounts). Never runs during a server render.
 *
 * @example
 * useConsentEffect({ category: 'analytics' }, () => {
 *   const tracker = startTracker();
 *   return () => tracker.stop();
 * });
 */
export function useConsentEffect(requirement: ConsentRequirement, effect: EffectCallback): void {
  const allowed = useRequirement(requirement, 'useConsentEffect');
  const latest = useRef(effect);
  useEffect(() => {
    latest.current = effect;
  });
  useEffect(() => (allowed ? latest.current() : undefined), [allowed]);
}

/** Props of {@link ConsentScript}. */
export type ConsentScriptProps = ConsentRequirement & {
  /** The script's URL. */
  readonly src: string;
  /** The script element's id. */
  readonly id?: string;
  /** Whether the script loads async; `true` by default. */
  readonly async?: boolean;
  /** The Content Security Policy nonce for the script. */
  readonly nonce?: string;
  /** Extra attributes such as `data-domain` or `crossorigin`. */
  readonly attributes?: Readonly<Record<string, string>>;
  /** Called when the script has loaded. */
  readonly onLoad?: () => void;
};

/**
 * Adds a third-party script to the page once its category or processor is allowed, and takes
 * the element out again on withdrawal (the provider clears the cookies it left behind; code a
 * script already ran keeps running until the page reloads). Renders nothing.
 *
 * @example
 * <ConsentScript category="analytics" src="https://www.googletagmanager.com/gtag/js?id=G-XXXX" />
 */
export function ConsentScript(props: ConsentScriptProps): null {
  const { src, id, nonce, attributes, onLoad } = props;
  const async = props.async ?? true;
  const requirement: ConsentRequirement = props.processor !== undefined ? { processor: props.processor } : { category: props.category };
  useConsentEffect(requirement, () => {
    const script = document.createElement('script');
    script.src = src;
    script.async = async;
    if (id !== undefined) script.id = id;
    if (nonce !== undefined) script.nonce = nonce;
    for (const [name, value] of Object.entries(attributes ?? {})) script.setAttribute(name, value);
    if (onLoad) script.addEventListener('load', onLoad);
    document.head.appendChild(script);
    return () => script.remove();
  });
  return null;
}
