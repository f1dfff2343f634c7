// Sites for the scan tests, served on 127.0.0.1 on free ports. The "third-party" server is
// reached as http://localhost:PORT: a different site from 127.0.0.1 to the browser (cookies
// do not isolate by port), while both listen on loopback only.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { googleAnalytics } from '@kakor/catalog';
import { defineSite } from '@kakor/consent';
import { consentMiddleware } from '@kakor/node';
import express from 'express';

/** A running server and how to stop it. */
export interface RunningServer {
  readonly port: number;
  readonly close: () => Promise<void>;
}

async function listen(server: Server): Promise<RunningServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const page = (title: string, body: string): string => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/** The third party: a frame that sets a cookie by header and one by script, and writes localStorage. */
export function thirdPartyServer(): Promise<RunningServer> {
  return listen(
    createServer((req: IncomingMessage, res: ServerResponse) => {
      if (req.url === '/frame') {
        res.setHeader('set-cookie', 'fx_tp_id=1; Path=/; Max-Age=86400; SameSite=None; Secure');
        res.setHeader('content-type', 'text/html');
        res.end(page('widget', '<script src="/widget.js"></script>'));
      } else if (req.url === '/widget.js') {
        res.setHeader('content-type', 'text/javascript');
        res.end('document.cookie = "fx_tp_js=1; path=/; SameSite=None; Secure"; localStorage.setItem("fx_tp_store", "1");');
      } else {
        res.statusCode = 404;
        res.end();
      }
    }),
  );
}

/** What the misbehaving Kakor site's server declares: it lets unknown cookies through, as a careless site would. */
const serverSite = defineSite({
  processors: [googleAnalytics],
  allowUnknown: true,
  cookies: [{ name: 'fx_session', category: 'necessary', duration: 'session', party: 'first', storage: 'cookie', purpose: { en: 'Keeps the visit.' } }],
});

/**
 * A site running Kakor's middleware and endpoint that misbehaves: a script sets `_fbp`
 * before consent, the server sets an undeclared cookie, scripts write storage the site
 * declares only in part, a frame from a second loopback site sets third-party cookies, and
 * a cookie is set only on the second page. `_ga` is set properly, only after analytics consent.
 */
export function misbehavingKakorSite(thirdPartyPort: number): Promise<RunningServer> {
  const app = express();
  app.use(consentMiddleware(serverSite, { secret: 'scan-test-secret-0123456789abcdef', onBlocked: () => undefined }));
  app.get('/', (_req, res) => {
    res.cookie('fx_session', 'abc', { httpOnly: true, sameSite: 'lax', path: '/' });
    res.cookie('fx_server_undeclared', '1', { path: '/', maxAge: 3_600_000 });
    res.type('html').send(
      page(
        'home',
        `<a href="/second#top">second</a> <a href="/logo.png">logo</a> <a href="http://localhost:${String(thirdPartyPort)}/elsewhere">elsewhere</a>
<script src="/analytics.js"></script><script src="/tracker.js"></script><script src="/storage.js"></script>
<iframe src="http://localhost:${String(thirdPartyPort)}/frame"></iframe>`,
      ),
    );
  });
  app.get('/second', (_req, res) => {
    res.type('html').send(page('second', '<a href="/">home</a><script>document.cookie = "fx_second_only=1; path=/; max-age=600";</script>'));
  });
  // Well-behaved: asks the endpoint (which reads the signed consent cookie) before setting _ga.
  app.get('/analytics.js', (_req, res) => {
    res.type('text/javascript').send(`fetch('/kakor/consent').then((r) => r.json()).then((answer) => {
  if (answer.state && answer.state.categories.analytics) document.cookie = '_ga=GA1.1.123.456; path=/; max-age=63072000';
});`);
  });
  // Misbehaving: sets a marketing cookie whatever the consent (one the server's site does not declare, so its middleware does not expire it).
  app.get('/tracker.js', (_req, res) => {
    res.type('text/javascript').send("document.cookie = '_fbp=fb.1.789.1; path=/; max-age=86400';");
  });
  app.get('/storage.js', (_req, res) => {
    res.type('text/javascript').send("localStorage.setItem('fx_theme', 'dark'); sessionStorage.setItem('fx_checkout_step', '2'); indexedDB.open('fx-cache');");
  });
  return listen(createServer(app));
}

/** The site definition the misbehaving site's owner wrote (YAML, as `kakor policy --site` takes). */
export const misbehavingSiteYaml = `owner: Fixture AB
processors:
  - google-analytics
cookies:
  - name: fx_session
    category: necessary
    duration: session
    party: first
    storage: cookie
    purpose:
      en: Keeps the visit.
  - name: fx_theme
    category: preferences
    duration: persistent
    party: first
    storage: localStorage
    purpose:
      en: Remembers the chosen theme.
`;

/**
 * A site without Kakor: a banner whose button stores the choice and loads a marketing
 * script, and a script that sets `_ga` before any choice.
 */
export function plainSite(): Promise<RunningServer> {
  return listen(
    createServer((req, res) => {
      if (req.url === '/') {
        res.setHeader('content-type', 'text/html');
        res.end(
          page(
            'plain',
            `<div id="banner"><button id="accept">Accept all</button></div>
<script>document.cookie = "_ga=GA1.1.1.1; path=/; max-age=600";</script>
<script src="/banner.js"></script>`,
          ),
        );
      } else if (req.url === '/banner.js') {
        res.setHeader('content-type', 'text/javascript');
        res.end(`function loadPixel() { var s = document.createElement('script'); s.src = '/pixel.js'; document.body.appendChild(s); }
if (document.cookie.indexOf('choice=all') !== -1) loadPixel();
document.getElementById('accept').addEventListener('click', function () { document.cookie = 'choice=all; path=/; max-age=600'; loadPixel(); });`);
      } else if (req.url === '/pixel.js') {
        res.setHeader('content-type', 'text/javascript');
        res.end("document.cookie = '_fbp=fb.1.1.1; path=/; max-age=600';");
      } else {
        res.statusCode = 404;
        res.end();
      }
    }),
  );
}
