// Consents per second into @kakor/records on PGlite (in memory) and on a throwaway PostgreSQL
// cluster (50 concurrent writers, 10,000 records), and the consent endpoint's requests/s
// with and without the log. Prints figures; asserts nothing.
import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { createConsentState } from '@kakor/consent';
import { createConsentLog } from '@kakor/records';
import { startPostgres } from '../test-utils/postgres.mjs';
import { describeMachine } from './machine.mjs';
import { site } from './middleware-server.mjs';

const writers = 50;
const total = 10_000;
const seconds = 5;
const connections = 20;

function entry() {
  const state = createConsentState(site, { categories: { analytics: true }, source: 'banner' });
  return { ...state, givenAt: new Date(state.givenAt), expiresAt: new Date(state.expiresAt), userAgent: 'Mozilla/5.0 (bench)' };
}

async function recordsPerSecond(database) {
  const log = createConsentLog({ ...(database === undefined ? {} : { database }), site, poolSize: 20 });
  await log.list({ limit: 1 }); // open and migrate outside the timing
  const started = performance.now();
  await Promise.all(Array.from({ length: writers }, async () => {
    for (let i = 0; i < total / writers; i++) await log.record(entry());
  }));
  const elapsed = (performance.now() - started) / 1000;
  await log.close();
  return total / elapsed;
}

function start(args) {
  const child = fork(new URL('records-server.mjs', import.meta.url), args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve) => child.once('message', ({ port }) => resolve({ child, url: `http://127.0.0.1:${port}/kakor/consent` })));
}

async function endpointRequestsPerSecond(url, duration) {
  const result = await autocannon({ url, connections, duration, method: 'POST', headers: { 'content-type': 'application/json', origin: new URL(url).origin }, body: JSON.stringify({ categories: { analytics: true } }) });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

const postgres = await startPostgres();
try {
  const pglite = await recordsPerSecond(undefined);
  console.log(`PGlite: ${Math.round(pglite)} records/s`);
  const pg = await recordsPerSecond(postgres.url);
  console.log(`PostgreSQL: ${Math.round(pg)} records/s`);
  const servers = { without: await start(['endpoint']), with: await start(['log', postgres.url]) };
  const endpoint = {};
  try {
    for (const { url } of Object.values(servers)) await endpointRequestsPerSecond(url, 1); // warm-up
    for (const [kind, { url }] of Object.entries(servers)) endpoint[kind] = await endpointRequestsPerSecond(url, seconds);
  } finally {
    for (const { child } of Object.values(servers)) child.kill();
  }
  const count = await postgres.sql('SELECT count(*) FROM kakor_consent_records');
  const round = (n) => Math.round(n).toLocaleString('en-US');
  const lines = [
    `Consent log: ${total.toLocaleString('en-US')} records from ${writers} concurrent writers; consent endpoint: autocannon POST, ${connections} connections, ${seconds} s, loopback`,
    `Machine: ${describeMachine()}`,
    '',
    '| what | per second |',
    '| --- | ---: |',
    `| log.record on PGlite (in memory) | ${round(pglite)} records |`,
    `| log.record on PostgreSQL 15 (local, pool of 20) | ${round(pg)} records |`,
    `| consent endpoint, no log | ${round(endpoint.without)} requests |`,
    `| consent endpoint, log on PostgreSQL | ${round(endpoint.with)} requests |`,
    '',
    `rows in PostgreSQL after the run: ${count}`,
  ];
  console.log(lines.join('\n'));
  writeFileSync(new URL('results/records.md', import.meta.url), `${lines.join('\n')}\n`);
  console.log('\nwritten to bench/results/records.md');
} finally {
  await postgres.remove();
}
