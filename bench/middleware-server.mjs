// One Express server for the middleware benchmark: `bare` or `kakor` (with consentMiddleware).
// It reports its own CPU time over a window the benchmark opens and closes by IPC, so the
// figure holds while the load generator shares the cores.
import express from 'express';
import { googleAnalytics, hubspot, meta, stripe } from '@kakor/catalog';
import { defineSite } from '@kakor/consent';
import { consentMiddleware } from '@kakor/node';

export const site = defineSite({ processors: [googleAnalytics, meta, stripe, hubspot] });
export const secret = 'bench-secret-bench-secret';

const app = express();
if (process.argv[2] === 'kakor') app.use(consentMiddleware(site, { secret, onBlocked: () => undefined }));
let requests = 0;
app.get('/', (_req, res) => {
  requests++;
  res.cookie('__stripe_mid', 'm1');
  res.cookie('_ga', 'GA1.1.123.456');
  res.cookie('_fbp', 'fb.1.2.3');
  res.cookie('__hstc', 'h.1.2');
  res.send('ok');
});

let window;
process.on('message', (message) => {
  if (message === 'start') window = { cpu: process.cpuUsage(), requests, at: process.hrtime.bigint() };
  else if (message === 'stop' && window) {
    const cpu = process.cpuUsage(window.cpu);
    process.send?.({ cpuMicros: cpu.user + cpu.system, requests: requests - window.requests, wallNanos: Number(process.hrtime.bigint() - window.at) });
  }
});

// Listens only when started with a kind: middleware.bench.mjs imports this module for `site` and
// `secret`, and a server listening in its process kept it from ever exiting.
if (process.argv[2] !== undefined) {
  const server = app.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }));
}
