// The server of the hostile-request benchmark: Express 5 with consentMiddleware, accepting
// request headers up to 64 kB (Node's default is 16 kB) so that oversized headers reach the
// middleware. Reports its event-loop stalls and memory over windows the benchmark opens by IPC.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import express from 'express';
import { consentMiddleware } from '@kakor/node';
import { secret, site } from './bench-site.mjs';

const app = express();
app.use(consentMiddleware(site, { secret, onBlocked: () => undefined }));
app.get('/', (_req, res) => {
  res.cookie('__stripe_mid', 'm1');
  res.cookie('_ga', 'GA1.1.123.456');
  res.send('ok');
});

const delay = monitorEventLoopDelay({ resolution: 1 });
let peakRss = 0;
const sampler = globalThis.setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
sampler.unref();
process.on('message', (message) => {
  if (message === 'start') {
    delay.reset();
    delay.enable();
    peakRss = process.memoryUsage().rss;
    process.send?.({ started: true });
  } else if (message === 'stop') {
    delay.disable();
    process.send?.({ maxStallMs: delay.max / 1e6, peakRssMiB: peakRss / 2 ** 20 });
  }
});
const server = app.listen({ port: 0, host: '127.0.0.1' }, () => process.send?.({ port: server.address().port }));
server.maxHeaderSize = 64 * 1024;
