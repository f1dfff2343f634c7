import { googleAnalytics, meta, stripe, youtube } from '@kakor/catalog/rules';
import type { CookieDefinition } from '@kakor/catalog';
import { defineSite } from '@kakor/consent';

/** Who the demo's own cookies belong to in the policy tables. */
export const owner = 'Kakor Demo AB';

/** The shop's own session cookie and theme setting, shared by both site definitions. */
export const ownCookies: readonly CookieDefinition[] = [
    {
      name: 'demo_session',
      category: 'necessary',
      duration: 'session',
      party: 'first',
      storage: 'cookie',
      purpose: {
        en: 'Keeps the shopping basket for the length of the visit.',
        sv: 'Håller kvar varukorgen under besöket.',
        nb: 'Holder på handlekurven under besøket.',
      },
    },
    {
      name: 'demo_theme',
      category: 'preferences',
      duration: 'persistent',
      party: 'first',
      storage: 'localStorage',
      purpose: {
        en: 'Remembers whether the visitor chose the light or the dark theme.',
        sv: 'Kommer ihåg om besökaren valde ljust eller mörkt tema.',
        nb: 'Husker om besøkeren valgte lyst eller mørkt tema.',
      },
    },
];

/**
 * The demo shop's site definition for decisions, shared by the Express server and the React
 * app: four catalog processors as text-free rules, and the shop's own items. The texts the
 * policy page and the preferences dialog show come from `site-texts.ts`, loaded only there.
 */
export const site = defineSite({ processors: [googleAnalytics, meta, stripe, youtube], cookies: ownCookies });
