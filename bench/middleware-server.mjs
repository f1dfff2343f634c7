// One Express server for the middleware benchmark: `bare` or `kakor` (with consentMiddleware).
import express from 'express';
import { googleAnalytics, hubspot, meta, stripe } from '@kakor/catalog';
import { defineSite } from '@kakor/consent';
import { consentMiddleware } from '@kakor/node';

export const site = defineSite({ processors: [googleAnalytics, meta, stripe, hubspot] });
export const secret = 'bench-secret-bench-secret';

const app = express();
if (process.argv[2] === 'kakor') app.use(consentMiddleware(site, { secret, onBlocked: () => undefined }));
app.get('/', (_req, res) => {
  res.cookie('__stripe_mid', 'm1');
  res.cookie('_ga', 'GA1.1.123.456');
  res.cookie('_fbp', 'fb.1.2.3');
  res.cookie('__hstc', 'h.1.2');
  res.send('ok');
});
// Listens only when started with a kind: middleware.bench.mjs imports this module for `site` and
// `secret`, and a server listening in its process kept it from ever exiting.
if (process.argv[2] !== undefined) {
  const server = app.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }));
}
