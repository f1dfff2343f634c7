// The consent middleware's cost: bare Express 5 against Express 5 with consentMiddleware, on
// loopback, measured by each server process's own CPU time per request (process.cpuUsage over
// the measured window), so the load generator sharing the cores does not blur the figure.
// Two scenarios: steady (a returning visitor with a signed consent, nothing to expire) and
// withdrawal (the request also carries a cookie consent no longer allows: one to expire).
// Prints figures; asserts nothing.
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { createConsentState, encodeConsent } from '@kakor/consent';
import { describeMachine } from './machine.mjs';
import { secret, site } from './bench-site.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = 3;
const connections = 10;

const state = createConsentState(site, { categories: { analytics: true }, source: 'banner' });
const steadyCookies = [
  `kakor_consent=${await encodeConsent(state, { secret })}`,
  '_ga=GA1.1.123.456', '_ga_ABC123=GS1.1.1', '__stripe_mid=m1', '__hstc=h.1.2',
  'hubspotutk=abc', 'theme=dark', 'lang=sv', 'cart=3', 'session=s1',
];
const scenarios = {
  steady: steadyCookies.join('; '),
  withdrawal: [...steadyCookies, '_fbp=fb.1.2.3'].join('; '),
};

function start(kind) {
  const child = fork(new URL('middleware-server.mjs', import.meta.url), [kind], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve) => child.once('message', ({ port }) => resolve({ child, url: `http://127.0.0.1:${port}/` })));
}

const ask = (child, message) => new Promise((resolve) => {
  child.once('message', resolve);
  child.send(message);
});

async function measure({ child, url }, cookie, duration) {
  child.send('start');
  const result = await autocannon({ url, connections, duration, headers: { cookie } });
  const window = await ask(child, 'stop');
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { cpuPerRequest: window.cpuMicros / window.requests, rps: result.requests.average };
}

const servers = { bare: await start('bare'), kakor: await start('kakor') };
for (const [name, cookie] of Object.entries(scenarios)) {
  const check = await fetch(servers.kakor.url, { headers: { cookie } });
  console.log(`${name}: kakor sends ${check.headers.getSetCookie().map((c) => c.split(';')[0]).join(' | ')}`);
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const rows = [];
for (const [name, cookie] of Object.entries(scenarios)) {
  for (const server of Object.values(servers)) await measure(server, cookie, 2); // warm-up
  const results = { bare: [], kakor: [] };
  for (let round = 0; round < rounds; round++) {
    for (const kind of ['bare', 'kakor']) results[kind].push(await measure(servers[kind], cookie, seconds));
  }
  const cpu = (kind) => median(results[kind].map((r) => r.cpuPerRequest));
  const rps = (kind) => median(results[kind].map((r) => r.rps));
  rows.push({ name, bareCpu: cpu('bare'), kakorCpu: cpu('kakor'), bareRps: rps('bare'), kakorRps: rps('kakor') });
}
for (const { child } of Object.values(servers)) child.kill();

const us = (n) => n.toFixed(1);
const lines = [
  `Middleware cost: server CPU time per request (process.cpuUsage over each window), autocannon with ${connections} connections, ${seconds} s x ${rounds} alternating rounds per server (median), loopback`,
  `Machine: ${describeMachine()}`,
  '',
  '| scenario | Express 5 CPU/request | + consentMiddleware | added by Kakor | req/s Express 5 | req/s + Kakor | req/s ratio |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.name} | ${us(r.bareCpu)} µs | ${us(r.kakorCpu)} µs | **${us(r.kakorCpu - r.bareCpu)} µs** | ${Math.round(r.bareRps).toLocaleString('en-US')} | ${Math.round(r.kakorRps).toLocaleString('en-US')} | ${(r.kakorRps / r.bareRps).toFixed(3)} |`),
];
console.log(lines.join('\n'));
writeFileSync(new URL('results/middleware.md', import.meta.url), `${lines.join('\n')}\n`);
console.log('\nwritten to bench/results/middleware.md');
