// Hostile requests against Express 5 with consentMiddleware: 1,000 requests per kind whose Host,
// Cookie or Sec-GPC header is built to be expensive (16 kB each), against 1,000 ordinary ones.
// Prints, per kind, the largest response header, p99 latency, the longest event-loop stall and
// the peak RSS of the server process. Loopback only; bounded in count. Asserts nothing.
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createConsentState, encodeConsent } from '@kakor/consent';
import { describeMachine } from './machine.mjs';
import { secret, site } from './bench-site.mjs';

const count = 1000;
const concurrency = 10;
const kb16 = 16 * 1024;

const withdrawn = await encodeConsent(createConsentState(site, { categories: {}, source: 'banner' }), { secret });
const known = ['_ga', '_gid', '_fbp', '_fbc', '__hstc', 'hubspotutk'].map((name) => `${name}=1`);
const ordinary = { host: 'www.shop.example.se', cookie: [`kakor_consent=${withdrawn}`, '__stripe_mid=m1', 'theme=dark'].join('; ') };
const fill = (unit, bytes) => unit.repeat(Math.floor(bytes / unit.length));
const kinds = {
  ordinary,
  'withdrawal (6 cookies to expire)': { ...ordinary, cookie: [ordinary.cookie, ...known].join('; ') },
  'Host: 16 kB of labels': { ...ordinary, host: `${fill('a.', kb16 - 20)}example.se`, cookie: [ordinary.cookie, ...known].join('; ') },
  'Host: 16 kB of one label': { ...ordinary, host: `${fill('a', kb16 - 20)}.example.se`, cookie: [ordinary.cookie, ...known].join('; ') },
  'Cookie: 16 kB of withdrawn _ga_* cookies': { ...ordinary, cookie: [ordinary.cookie, ...Array.from({ length: 1400 }, (_, i) => `_ga_${i.toString(36)}=1`)].join('; ').slice(0, kb16) },
  'Cookie: 16 kB of one value': { ...ordinary, cookie: `${ordinary.cookie}; x=${fill('%', kb16)}` },
  'Sec-GPC: 16 kB': { ...ordinary, 'sec-gpc': fill('1, ', kb16) },
  'all three': { host: `${fill('a.', kb16 - 20)}example.se`, cookie: [ordinary.cookie, ...Array.from({ length: 1400 }, (_, i) => `_ga_${i.toString(36)}=1`)].join('; ').slice(0, kb16), 'sec-gpc': fill('1, ', kb16) },
};

const child = fork(new URL('hostile-server.mjs', import.meta.url), { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
const { port } = await new Promise((resolve) => child.once('message', resolve));
const ask = (message) => new Promise((resolve) => {
  child.once('message', resolve);
  child.send(message);
});
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });

function once(headers) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = request({ host: '127.0.0.1', port, path: '/', headers, agent, maxHeaderSize: 1 << 22 }, (res) => {
      res.resume();
      const headerBytes = res.rawHeaders.reduce((sum, item) => sum + Buffer.byteLength(item) + 4, 0);
      res.on('end', () => resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, headerBytes, status: res.statusCode }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function run(headers) {
  const results = [];
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) {
      next++;
      results.push(await once(headers));
    }
  }));
  return results;
}

const rows = [];
await run(ordinary); // warm-up
for (const [name, headers] of Object.entries(kinds)) {
  await ask('start');
  const results = await run(headers);
  const server = await ask('stop');
  const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
  const requestBytes = Object.entries(headers).reduce((sum, [k, v]) => sum + k.length + v.length + 4, 0);
  rows.push({
    name,
    requestBytes,
    statuses: [...new Set(results.map((r) => r.status))].join(','),
    maxHeader: Math.max(...results.map((r) => r.headerBytes)),
    p99: latencies[Math.floor(latencies.length * 0.99)],
    ...server,
  });
}
agent.destroy();
child.kill();

const lines = [
  `Hostile requests: ${count} per kind, ${concurrency} at a time, Express 5 + consentMiddleware (request headers up to 64 kB accepted), loopback`,
  `Machine: ${describeMachine()}`,
  '',
  '| requests | request headers | status | largest response header | p99 latency | longest event-loop stall | peak RSS |',
  '| --- | ---: | --- | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.name} | ${(r.requestBytes / 1024).toFixed(1)} kB | ${r.statuses} | ${r.maxHeader.toLocaleString('en-US')} B | ${r.p99.toFixed(2)} ms | ${r.maxStallMs.toFixed(1)} ms | ${r.peakRssMiB.toFixed(0)} MiB |`),
];
console.log(lines.join('\n'));
writeFileSync(new URL('results/hostile-requests.md', import.meta.url), `${lines.join('\n')}\n`);
console.log('\nwritten to bench/results/hostile-requests.md');
