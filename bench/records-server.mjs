// One Express server for the records benchmark: the consent endpoint without a log
// (`endpoint`) or with a consent log on the PostgreSQL URL given (`log URL`).
import express from 'express';
import { googleAnalytics, hubspot, meta, stripe } from '@kakor/catalog';
import { defineSite } from '@kakor/consent';
import { consentMiddleware } from '@kakor/node';
import { createConsentLog } from '@kakor/records';

// The middleware benchmark's site; not imported from middleware-server.mjs, which would start its own server here.
const site = defineSite({ processors: [googleAnalytics, meta, stripe, hubspot] });
const secret = 'bench-secret-bench-secret';

const [kind, database] = process.argv.slice(2);
const log = kind === 'log' ? createConsentLog({ database, site, poolSize: 20 }) : undefined;
const app = express();
app.use(consentMiddleware(site, { secret, onBlocked: () => undefined, ...(log ? { onConsent: log.record } : {}) }));
const server = app.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }));
