import { googleAnalytics, meta, piwikPro, stripe, youtube } from '@kakor/catalog';
import { defineSite } from '@kakor/consent';

/** A site like the seeds': analytics, marketing and necessary processors, and its own cookies. */
export const site = defineSite({
  processors: [googleAnalytics, meta, piwikPro, stripe, youtube],
  cookies: [
    { name: 'stickySession', category: 'necessary', duration: 'session', party: 'first', storage: 'cookie', purpose: { en: 'Keeps a visit on one server.' } },
    { name: 'theme', category: 'preferences', duration: 'persistent', party: 'first', storage: 'localStorage', purpose: { en: 'Remembers light or dark mode.', sv: 'Kommer ihåg ljust eller mörkt läge.' } },
  ],
});
