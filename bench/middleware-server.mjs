// One Express server for the middleware benchmark: `bare`, `noop` (a middleware that only calls
// next(), the control) or `kakor` (with consentMiddleware).
// It reports its own CPU time over a window the benchmark opens and closes by IPC, so the
// figure holds while the load generator shares the cores.
import express from 'express';
import { consentMiddleware } from '@kakor/node';
import { secret, site } from './bench-site.mjs';

const app = express();
if (process.argv[2] === 'kakor') app.use(consentMiddleware(site, { secret, onBlocked: () => undefined }));
if (process.argv[2] === 'noop') app.use((_req, _res, next) => next());
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

const server = app.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }));
