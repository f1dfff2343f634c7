// Consents per second into @kakor/records on PGlite (in memory) and on a throwaway PostgreSQL
// cluster (50 concurrent writers, 10,000 records). Prints figures; asserts nothing.
import { performance } from 'node:perf_hooks';
import { writeFileSync } from 'node:fs';
import { createConsentState } from '@kakor/consent';
import { createConsentLog } from '@kakor/records';
import { startPostgres } from '../test-utils/postgres.mjs';
import { describeMachine } from './machine.mjs';
import { site } from './middleware-server.mjs';

const writers = 50;
const total = 10_000;

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

const postgres = await startPostgres();
try {
  const pglite = await recordsPerSecond(undefined);
  console.log(`PGlite: ${Math.round(pglite)} records/s`);
  const pg = await recordsPerSecond(postgres.url);
  console.log(`PostgreSQL: ${Math.round(pg)} records/s`);
  const count = await postgres.sql('SELECT count(*) FROM kakor_consent_records');
  const round = (n) => Math.round(n).toLocaleString('en-US');
  const lines = [
    `Consent log: ${total.toLocaleString('en-US')} records from ${writers} concurrent writers`,
    `Machine: ${describeMachine()}`,
    '',
    '| what | per second |',
    '| --- | ---: |',
    `| log.record on PGlite (in memory) | ${round(pglite)} records |`,
    `| log.record on PostgreSQL 15 (local, pool of 20) | ${round(pg)} records |`,
    '',
    `rows in PostgreSQL after the run: ${count}`,
  ];
  console.log(lines.join('\n'));
  writeFileSync(new URL('results/records.md', import.meta.url), `${lines.join('\n')}\n`);
  console.log('\nwritten to bench/results/records.md');
} finally {
  await postgres.remove();
}
