import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ConsentRecord } from '@kakor/node';
import { consentMiddleware } from '@kakor/node';
import express, { type Express } from 'express';
import { site } from '../src/site';

/** Options of {@link createDemoApp}. */
export interface DemoOptions {
  /** The built client (vite build); `dist` next to this folder by default. */
  readonly clientDir?: string;
  /** Signs the consent cookie. */
  readonly secret: string;
  /** Receives proof-of-consent records; the demo keeps them in memory. */
  readonly onConsent?: (record: ConsentRecord) => void;
}

/** JSON for an inline script: `<` escaped so no `</script>` can close it. */
const inlineJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The demo server: @kakor/node guards every Set-Cookie and serves the consent endpoint;
 * `/api/visit` sets a necessary, an analytics and a marketing cookie the way a server would.
 */
export function createDemoApp(options: DemoOptions): Express {
  const clientDir = options.clientDir ?? join(import.meta.dirname, '../dist');
  const app = express();
  app.disable('x-powered-by');
  app.use(consentMiddleware(site, { secret: options.secret, ...(options.onConsent && { onConsent: options.onConsent }), onBlocked: () => undefined }));

  app.get('/api/visit', (req, res) => {
    if (!req.headers.cookie?.includes('demo_session=')) res.cookie('demo_session', randomUUID(), { httpOnly: true, sameSite: 'lax', path: '/' });
    res.cookie('_gid', `GA1.1.${String(Date.now())}`, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 86_400_000 });
    res.cookie('_fbc', `fb.1.${String(Date.now())}.demo`, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 7_776_000_000 });
    res.set('cache-control', 'no-store').json({ analytics: req.consent?.allows('analytics') ?? false, marketing: req.consent?.allows('marketing') ?? false });
  });

  app.use(express.static(clientDir, { index: false }));

  // Every page gets the app, with the consent and GPC signal the server read, so the first render agrees with them.
  app.get(/^\/(?!api\/|kakor\/).*/, async (req, res, next) => {
    try {
      const html = await readFile(join(clientDir, 'index.html'), 'utf8');
      const initial = { consent: req.consent?.state ?? null, gpc: req.consent?.gpc ?? false };
      res.set('cache-control', 'no-store').type('html').send(html.replace('<!--kakor-initial-->', `<script>window.__KAKOR_INITIAL__ = ${inlineJson(initial)};</script>`));
    } catch (error) {
      next(error);
    }
  });
  return app;
}
