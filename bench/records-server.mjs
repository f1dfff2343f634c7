// One Express server for the records benchmark: the consent endpoint without a log
// (`endpoint`) or with a consent log on the PostgreSQL URL given (`log URL`).
import express from 'express';
import { consentMiddleware } from '@kakor/node';
import { createConsentLog } from '@kakor/records';
import { secret, site } from './middleware-server.mjs';

const [kind, database] = process.argv.slice(2);
const log = kind === 'log' ? createConsentLog({ database, site, poolSize: 20 }) : undefined;
const app = express();
app.use(consentMiddleware(site, { secret, onBlocked: () => undefined, ...(log ? { onConsent: log.record } : {}) }));
const server = app.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }));
