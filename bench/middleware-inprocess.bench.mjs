// The middleware's own cost without sockets or a load generator, in one process, with and
// without consentMiddleware:
// - node:http: Node's real IncomingMessage and ServerResponse, an app that sets four cookies the
//   way Express's res.cookie does (the whole list again each time) and writes its head;
// - Express 5: the same objects through a real Express app's handle(), the route of
//   middleware.bench.mjs (four res.cookie calls and res.send).
// Steady: a returning visitor, nothing to expire. Withdrawal: one cookie to expire.
// The machine's speed drifts from one second to the next, so the two take turns in short rounds
// of requests (alternating which goes first), and each guarded round is compared with the bare
// round beside it: the figure is the median of those ratios times the median bare cost.
// `node --cpu-prof middleware-inprocess.bench.mjs` gives the profile.
// Prints figures; asserts nothing.
import { writeFileSync } from 'node:fs';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import express from 'express';
import { createConsentState, encodeConsent } from '@kakor/consent';
import { consentMiddleware } from '@kakor/node';
import { describeMachine } from './machine.mjs';
import { secret, site } from './bench-site.mjs';

const state = createConsentState(site, { categories: { analytics: true }, source: 'banner' });
const steady = [`kakor_consent=${await encodeConsent(state, { secret })}`, '_ga=GA1.1.123.456', '_ga_ABC123=GS1.1.1', '__stripe_mid=m1', '__hstc=h.1.2', 'hubspotutk=abc', 'theme=dark', 'lang=sv', 'cart=3', 'session=s1'].join('; ');
const scenarios = { steady, withdrawal: `${steady}; _fbp=fb.1.2.3` };
const options = { secret, onBlocked: () => undefined };
const socket = new Socket();

function newRequest(cookie) {
  const req = new IncomingMessage(socket);
  req.headers = { host: 'shop.example.se', cookie, 'user-agent': 'bench', accept: '*/*' };
  req.url = '/';
  req.method = 'GET';
  req.httpVersion = '1.1';
  req.httpVersionMajor = 1;
  req.httpVersionMinor = 1;
  return req;
}

/** node:http: the listener, bare or behind the middleware. */
function nodeHttp(guarded) {
  const middleware = consentMiddleware(site, options);
  const set = ['__stripe_mid=m1; Path=/', '_ga=GA1.1.123.456; Path=/', '_fbp=fb.1.2.3; Path=/', '__hstc=h.1.2; Path=/'];
  return (cookie) => {
    const req = newRequest(cookie);
    const res = new ServerResponse(req);
    const app = () => {
      for (let i = 1; i <= set.length; i++) res.setHeader('Set-Cookie', set.slice(0, i));
      res.writeHead(200);
    };
    if (guarded) middleware(req, res, app);
    else app();
  };
}

/** Express 5: a real app, driven through app.handle. */
function express5(guarded) {
  const app = express();
  if (guarded) app.use(consentMiddleware(site, options));
  app.get('/', (_req, res) => {
    res.cookie('__stripe_mid', 'm1');
    res.cookie('_ga', 'GA1.1.123.456');
    res.cookie('_fbp', 'fb.1.2.3');
    res.cookie('__hstc', 'h.1.2');
    res.send('ok');
  });
  return (cookie) => {
    const req = newRequest(cookie);
    const res = new ServerResponse(req);
    app.handle(req, res, (error) => {
      throw error ?? new Error('the route was not reached');
    });
  };
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const cpuPerRequest = (run, cookie, count) => {
  const start = process.cpuUsage();
  for (let i = 0; i < count; i++) run(cookie);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / count;
};

const servers = [
  { name: 'node:http', make: nodeHttp, count: 5_000, rounds: 200 },
  { name: 'Express 5', make: express5, count: 500, rounds: 200 },
];
const lines = [
  `In-process middleware cost: process CPU per request, bare and guarded taking turns in rounds (median of the per-round ratios), Node ${process.version}`,
  describeMachine(),
  '',
  '| server | scenario | requests × rounds | app alone | app + consentMiddleware | added |',
  '| --- | --- | ---: | ---: | ---: | ---: |',
];
console.log(lines.join('\n'));
for (const { name, make, count, rounds } of servers) {
  const bare = make(false);
  const guarded = make(true);
  for (const [scenario, cookie] of Object.entries(scenarios)) {
    // The consent cookie's first HMAC check is asynchronous; then the decoder remembers it.
    guarded(cookie);
    await new Promise((resolve) => globalThis.setTimeout(resolve, 100));
    for (let i = 0; i < 20_000; i++) (i % 2 === 0 ? bare : guarded)(cookie);
    const bareCosts = [];
    const ratios = [];
    for (let round = 0; round < rounds; round++) {
      const [first, second] = round % 2 === 0 ? [bare, guarded] : [guarded, bare];
      const a = cpuPerRequest(first, cookie, count);
      const b = cpuPerRequest(second, cookie, count);
      const [bareCost, guardedCost] = round % 2 === 0 ? [a, b] : [b, a];
      bareCosts.push(bareCost);
      ratios.push(guardedCost / bareCost);
    }
    const alone = median(bareCosts);
    const added = (median(ratios) - 1) * alone;
    const line = `| ${name} | ${scenario} | ${count.toLocaleString('en-US')} × ${String(rounds)} | ${alone.toFixed(2)} µs | ${(alone + added).toFixed(2)} µs | **${added.toFixed(2)} µs** |`;
    console.log(line);
    lines.push(line);
  }
}
socket.destroy();
writeFileSync(new URL('results/middleware-inprocess.md', import.meta.url), `${lines.join('\n')}\n`);
