// The consent middleware's cost: Express 5 alone against Express 5 with consentMiddleware, on
// loopback, measured by each server process's own CPU time per request (process.cpuUsage over
// the measured window), so the load generator sharing the cores does not blur the figure.
// Two scenarios: steady (a returning visitor with a signed consent, nothing to expire) and
// withdrawal (the request also carries a cookie consent no longer allows: one to expire).
//
// On this kind of machine the same server runs up to a third slower from one process to the
// next, and from one second to the next (memory-heavy code such as a request through Express
// varies far more than a pure CPU loop does), so one long window per server misleads: a
// middleware that only calls next() measured +23 µs that way. Instead three processes of each
// kind take turns in short windows in alternating order, and each window is compared with bare
// Express's window of the same round: the figure is the median of those ratios. The `noop` server is the control: what adding any middleware costs, and how far the
// method can be trusted.
// Prints figures; asserts nothing.
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { createConsentState, encodeConsent } from '@kakor/consent';
import { describeMachine } from './machine.mjs';
import { secret, site } from './bench-site.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 1);
const rounds = Number(process.env.BENCH_ROUNDS ?? 18);
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
const kinds = ['bare', 'noop', 'kakor'];

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
  return { cpu: window.cpuMicros / window.requests, rps: window.requests / (window.wallNanos / 1e9) };
}

// A process's own speed differs from the next one's: several servers of each kind take turns.
const instances = 3;
const servers = Object.fromEntries(await Promise.all(kinds.map(async (kind) => [kind, await Promise.all(Array.from({ length: instances }, () => start(kind)))])));
for (const [name, cookie] of Object.entries(scenarios)) {
  const check = await fetch(servers.kakor[0].url, { headers: { cookie } });
  console.log(`${name}: kakor sends ${check.headers.getSetCookie().map((c) => c.split(';')[0]).join(' | ')}`);
}

const windows = Object.fromEntries(Object.keys(scenarios).map((name) => [name, Object.fromEntries(kinds.map((kind) => [kind, []]))]));
for (const [name, cookie] of Object.entries(scenarios)) {
  for (const kind of kinds) for (const server of servers[kind]) await measure(server, cookie, 2); // warm-up
  for (let round = 0; round < rounds; round++) {
    for (const kind of round % 2 === 0 ? kinds : [...kinds].reverse()) windows[name][kind].push(await measure(servers[kind][round % instances], cookie, seconds));
    process.stdout.write(`${name}: round ${String(round + 1)} of ${String(rounds)}\r`);
  }
}
for (const server of Object.values(servers).flat()) server.child.kill();

const sorted = (list) => [...list].sort((a, b) => a - b);
const quantile = (list, q) => sorted(list)[Math.min(list.length - 1, Math.floor(list.length * q))];
const median = (list) => quantile(list, 0.5);
const rows = Object.entries(windows).map(([name, byKind]) => {
  const bareCpu = median(byKind.bare.map((w) => w.cpu));
  const ratios = (kind, field) => byKind[kind].map((w, i) => w[field] / byKind.bare[i][field]);
  const added = (kind) => ratios(kind, 'cpu').map((ratio) => (ratio - 1) * bareCpu);
  return {
    name,
    bareCpu,
    noopAdded: median(added('noop')),
    kakorAdded: median(added('kakor')),
    spread: [quantile(added('kakor'), 0.25), quantile(added('kakor'), 0.75)],
    bareRps: median(byKind.bare.map((w) => w.rps)),
    rpsRatio: median(ratios('kakor', 'rps')),
  };
});

const us = (n) => `${n.toFixed(1)} µs`;
const lines = [
  `Middleware cost: server CPU time per request (process.cpuUsage over each window), autocannon with ${String(connections)} connections, ${String(rounds)} rounds of ${String(seconds)} s windows, servers taking turns in alternating order (three warmed-up processes of each kind, in rotation); each window compared with bare Express's window of the same round, median of the ratios; loopback`,
  `Machine: ${describeMachine()}`,
  '',
  '| scenario | Express 5 CPU/request | + a middleware that only calls next() | + consentMiddleware | middle half of the rounds | req/s Express 5 | req/s ratio with Kakor |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.name} | ${us(r.bareCpu)} | ${r.noopAdded >= 0 ? '+' : ''}${us(r.noopAdded)} | **${r.kakorAdded >= 0 ? '+' : ''}${us(r.kakorAdded)}** | ${us(r.spread[0])} to ${us(r.spread[1])} | ${Math.round(r.bareRps).toLocaleString('en-US')} | ${r.rpsRatio.toFixed(3)} |`),
];
console.log(lines.join('\n'));
writeFileSync(new URL('results/middleware.md', import.meta.url), `${lines.join('\n')}\n`);
console.log('\nwritten to bench/results/middleware.md');
