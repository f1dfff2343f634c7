// The middleware's own cost without sockets or a load generator: Node's real IncomingMessage and
// ServerResponse, an app that sets four cookies the way Express's res.cookie does (the whole list
// again each time) and writes its head, with and without consentMiddleware, in one process.
// Steady: a returning visitor, nothing to expire. Withdrawal: one cookie to expire.
// `node --cpu-prof middleware-inprocess.bench.mjs` gives the profile. Prints figures; asserts nothing.
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { createConsentState, encodeConsent } from '@kakor/consent';
import { consentMiddleware } from '@kakor/node';
import { secret, site } from './bench-site.mjs';

const state = createConsentState(site, { categories: { analytics: true }, source: 'banner' });
const steady = [`kakor_consent=${await encodeConsent(state, { secret })}`, '_ga=GA1.1.123.456', '_ga_ABC123=GS1.1.1', '__stripe_mid=m1', '__hstc=h.1.2', 'hubspotutk=abc', 'theme=dark', 'lang=sv', 'cart=3', 'session=s1'].join('; ');
const scenarios = { steady, withdrawal: `${steady}; _fbp=fb.1.2.3` };
const middleware = consentMiddleware(site, { secret, onBlocked: () => undefined });
const socket = new Socket();
const set = ['__stripe_mid=m1; Path=/', '_ga=GA1.1.123.456; Path=/', '_fbp=fb.1.2.3; Path=/', '__hstc=h.1.2; Path=/'];

function request(cookie, guarded, done) {
  const req = new IncomingMessage(socket);
  req.headers = { host: 'shop.example.se', cookie, 'user-agent': 'bench', accept: '*/*' };
  req.url = '/';
  req.method = 'GET';
  const res = new ServerResponse(req);
  const app = () => {
    for (let i = 1; i <= set.length; i++) res.setHeader('Set-Cookie', set.slice(0, i));
    res.writeHead(200);
    done?.();
  };
  if (guarded) middleware(req, res, app);
  else app();
}

const n = 100_000;
const cpuPerRequest = (cookie, guarded) => {
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) request(cookie, guarded);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / n;
};
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

console.log(`In-process middleware cost, ${n.toLocaleString('en-US')} requests x 5 rounds (median), Node ${process.version}`);
console.log('| scenario | app alone | app + consentMiddleware | added |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, cookie] of Object.entries(scenarios)) {
  // The consent cookie's first HMAC check is asynchronous; then the decoder remembers it.
  await new Promise((resolve) => request(cookie, true, resolve));
  for (let i = 0; i < 20_000; i++) request(cookie, i % 2 === 0);
  const rounds = Array.from({ length: 5 }, () => [cpuPerRequest(cookie, false), cpuPerRequest(cookie, true)]);
  const bare = median(rounds.map(([b]) => b));
  const guarded = median(rounds.map(([, g]) => g));
  console.log(`| ${name} | ${bare.toFixed(2)} µs | ${guarded.toFixed(2)} µs | **${(guarded - bare).toFixed(2)} µs** |`);
}
socket.destroy();
