// The site and consent secret every middleware benchmark uses.
import { googleAnalytics, hubspot, meta, stripe } from '@kakor/catalog';
import { defineSite } from '@kakor/consent';

export const site = defineSite({ processors: [googleAnalytics, meta, stripe, hubspot] });
export const secret = 'bench-secret-bench-secret';
