// Requests per second of bare Express against Express with consentMiddleware, on loopback:
// a request with 10 cookies including a signed consent cookie, a response that sets 4.
// Prints figures; asserts nothing.
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { createConsentState, encodeConsent } from '@kakor/consent';
import { describeMachine } from './machine.mjs';
import { secret, site } from './middleware-server.mjs';

const seconds = 5;
const rounds = 3;
const connections = 20;

const state = createConsentState(site, { categories: { analytics: true }, source: 'banner' });
const cookieHeader = [
  `kakor_consent=${await encodeConsent(state, { secret })}`,
  '_ga=GA1.1.123.456', '_ga_ABC123=GS1.1.1', '_fbp=fb.1.2.3', '__stripe_mid=m1', '__hstc=h.1.2',
  'hubspotutk=abc', 'theme=dark', 'lang=sv', 'cart=3',
].join('; ');

function start(kind) {
  const child = fork(new URL('middleware-server.mjs', import.meta.url), [kind], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve) => child.once('message', ({ port }) => resolve({ child, url: `http://127.0.0.1:${port}/` })));
}

async function measure(url, duration) {
  const result = await autocannon({ url, connections, duration, headers: { cookie: cookieHeader } });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

const servers = { bare: await start('bare'), kakor: await start('kakor') };
const check = await fetch(servers.kakor.url, { headers: { cookie: cookieHeader } });
console.log(`kakor server sends: ${check.headers.getSetCookie().map((c) => c.split(";")[0]).join(" | ")}`);
for (const { url } of Object.values(servers)) await measure(url, 2); // warm-up
const results = { bare: [], kakor: [] };
for (let round = 0; round < rounds; round++) {
  for (const kind of ['bare', 'kakor']) results[kind].push(await measure(servers[kind].url, seconds));
}
for (const { child } of Object.values(servers)) child.kill();

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const bare = median(results.bare);
const kakor = median(results.kakor);
const lines = [
  `Middleware overhead: autocannon, ${connections} connections, ${seconds} s x ${rounds} alternating rounds per server (median), loopback`,
  `Machine: ${describeMachine()}`,
  '',
  '| server | requests/s (median) | rounds |',
  '| --- | ---: | --- |',
  `| Express 5 | ${Math.round(bare).toLocaleString('en-US')} | ${results.bare.map((r) => Math.round(r)).join(', ')} |`,
  `| Express 5 + consentMiddleware | ${Math.round(kakor).toLocaleString('en-US')} | ${results.kakor.map((r) => Math.round(r)).join(', ')} |`,
  '',
  `ratio: ${(kakor / bare).toFixed(3)}`,
];
console.log(lines.join('\n'));
writeFileSync(new URL('results/middleware.md', import.meta.url), `${lines.join('\n')}\n`);
console.log('\nwritten to bench/results/middleware.md');
