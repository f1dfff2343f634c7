// Kakor's main job until the demo exists: classify every cookie the four seed policies name.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const seedCookies = [
  // seed 000: a Swedish SaaS site
  '_pk_ses.8506966f-4802-4f59-9092-421623856f55', '_pk_id.8506966f-4802-4f59-9092-421623856f55', '_fbp', '_fw_crm_v',
  '__stripe_mid', '__stripe_sid', 'io', '__cf_bm', 'ppms_privacy_8506966f-4802-4f59-9092-421623856f55', 'i18n_redirected',
  // seed 002: HubSpot, YouTube, Meta, Clarity, Segment, Google Ads, Leadfeeder
  'fr', 'VISITOR_INFO1_LIVE', 'hs_ab_test', '__hs_do_not_track', '__hs_cookie_cat_pref', '__hstc', 'hubspotutk',
  '__hssc', '__hssrc', 'ajs_anonymous_id', 'ajs_group_id', 'ajs_user_id', '_gcl_au', '_lfa', '_clck', '_clsk',
  // seed 000's load balancer cookie is the site's own: sites declare it in their site definition
  'stickySession',
];

const bin = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
console.log(`$ kakor classify ${seedCookies.length} cookies named in the seed policies\n`);
execFileSync(process.execPath, [bin, 'classify', ...seedCookies], { stdio: 'inherit' });
