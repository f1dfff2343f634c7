// Set-Cookie values built to make a filter and a browser disagree about the cookie's name or
// whether it deletes: attribute spellings, dates, whitespace and Latin-1 characters, prefixes,
// lengths and would-be deletions. Every name here is refused without consent.

const refusedNames = ['_ga', '_fbp', '_ga_ABC123', 'mystery', '__Secure-track', '__Host-track', '__host-track'];

const deletionLookalikes = [
  'Expires=1970',
  'Expires=0',
  'Expires=1/1/70',
  'Expires=Thu, 01 Jan 1970 00:00:00 GMT',
  'Expires=Thu, 01 Jan 70 00:00:00 GMT',
  'Expires=Fri, 01 Jan 49 00:00:00 GMT',
  'Expires=Wed, 01 Jan 1600 00:00:00 GMT',
  'Expires=01-Jan-1970 00:00:00',
  'Expires=Thu, 01 Jan 1970 00:00:00 GMT; Expires=Fri, 01 Jan 2100 00:00:00 GMT',
  'Expires=Fri, 01 Jan 2100 00:00:00 GMT; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
  `Expires=${' '.repeat(1100)}Thu, 01 Jan 1970 00:00:00 GMT`,
  'Max-Age=0',
  'max-age=0',
  'MAX-AGE=-1',
  ' Max-Age = 0 ',
  'Max-Age=\t0',
  `Max-Age=${'0'.repeat(1000)}`,
  `Max-Age=${'0'.repeat(1100)}`,
  `Max-Age=0${' '.repeat(1100)}`,
  'Max-Age=-0',
  'Max-Age=+0',
  'Max-Age=0x0',
  'Max-Age=0.5',
  'Max-Age=0; Max-Age=3600',
  'Max-Age=3600; Max-Age=0',
  'Max-Age=0; Expires=Fri, 01 Jan 2100 00:00:00 GMT',
  'Max-Age=3600; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
  'Max-Age',
  'Max-Age=',
  `X=${'y'.repeat(1100)}; Max-Age=0`,
];

const plainAttributes = ['Path=/', 'Path=/; HttpOnly', 'Path=/; Secure', 'Path=/; SameSite=Lax', 'Path=/x', 'Domain=127.0.0.1', 'Max-Age=3600', 'Path=/; Secure; SameSite=None', ''];

/** Name spellings a lenient reader would take for an allowed name, while browsers store another. */
const nameTricks = [
  '\u00a0stickySession=1; Path=/',
  'stickySession\u00a0=1; Path=/',
  '\u00a0__stripe_mid=1; Path=/',
  ' _ga=1; Path=/',
  '\t_ga=1; Path=/',
  '_ga =1; Path=/',
  '_ga\t=1',
  '=_ga=1',
  '_ga',
  '_ga; Max-Age=0',
  '=stickySession',
  'stickySession',
  '"_ga"=1',
  '_GA=1',
  '_ga;=1',
  '__Secure-x=1; Secure; Path=/',
  '__Host-x=1; Secure; Path=/',
  '__HOST-x=1; Secure; Path=/',
  '__secure-x=1; Secure; Path=/',
  `_ga=${'v'.repeat(4090)}`,
  `${'n'.repeat(300)}=1`,
  '\u00e5\u00e4\u00f6=1',
  'stickySession\u00ff=1',
];

/** The table: every refused name with every deletion look-alike and plain attribute, and the name tricks. */
export const trickySetCookies: readonly string[] = [
  ...refusedNames.flatMap((name) => [...deletionLookalikes, ...plainAttributes].map((attributes) => (attributes === '' ? `${name}=v` : `${name}=v; ${attributes}`))),
  ...nameTricks,
];

/** Values of allowed (necessary) names that must still arrive. */
export const allowedSetCookies: readonly string[] = ['stickySession=s1; Path=/', '__stripe_mid=m1; Path=/; Max-Age=3600', 'stickySession=s2; Path=/; HttpOnly; SameSite=Lax', '__stripe_sid=x; Max-Age=1800; Path=/'];
