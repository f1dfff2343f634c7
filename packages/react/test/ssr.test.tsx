// @vitest-environment node
// The server render runs without a DOM, as on a real server; the page is then hydrated in a
// fresh jsdom window, the way a browser receives it.
import { createConsentState, serializeConsent, type ConsentState } from '@kakor/consent';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsentGate, ConsentProvider, useConsent } from '../src';
import { hydrateInJsdom, removeJsdomGlobals } from './hydrate';
import { site } from './site';

function Banner(): ReactNode {
  const { needsConsent, acceptAll } = useConsent();
  return needsConsent ? <button onClick={() => acceptAll()}>Accept all</button> : <p>Thanks for choosing</p>;
}

function App({ initialConsent, mismatch = '' }: { initialConsent?: ConsentState | null; mismatch?: string }): ReactNode {
  return (
    <ConsentProvider site={site} {...(initialConsent !== undefined && { initialConsent })}>
      <Banner />
      <ConsentGate category="analytics" fallback={<p>Analytics off{mismatch}</p>}>
        <p>Analytics on</p>
      </ConsentGate>
    </ConsentProvider>
  );
}

async function hydrate(html: string, cookie: string, client: ReactNode) {
  const { root, errors } = await hydrateInJsdom(html, cookie, client);
  return { errors, text: root.textContent ?? '' };
}

afterEach(removeJsdomGlobals);

describe('server render + hydrateRoot', () => {
  it('hydrates without a warning when the server passes the consent it decoded', async () => {
    const state = createConsentState(site, { categories: { analytics: true }, source: 'banner' });
    const html = renderToString(<App initialConsent={state} />);
    expect(html).toContain('Analytics on');
    const result = await hydrate(html, `kakor_consent=${serializeConsent(state)}`, <App initialConsent={state} />);
    expect(result.errors).toEqual([]);
    expect(result.text).toContain('Thanks for choosing');
  });

  it('hydrates without a warning for a first visit, showing the banner', async () => {
    const html = renderToString(<App initialConsent={null} />);
    expect(html).toContain('Accept all');
    const result = await hydrate(html, '', <App initialConsent={null} />);
    expect(result.errors).toEqual([]);
    expect(result.text).toContain('Analytics off');
  });

  it('hydrates a client-only provider (no initialConsent) without a warning, then shows the cookie’s consent', async () => {
    const state = createConsentState(site, { categories: { analytics: true }, source: 'banner' });
    const html = renderToString(<App />);
    expect(html).toContain('Analytics off');
    const result = await hydrate(html, `kakor_consent=${serializeConsent(state)}`, <App />);
    expect(result.errors).toEqual([]);
    expect(result.text).toContain('Analytics on');
  });

  it('does report a real mismatch (the check above can fail)', async () => {
    const html = renderToString(<App initialConsent={null} />);
    const result = await hydrate(html, '', <App initialConsent={null} mismatch=" (client)" />);
    expect(result.errors.join('\n')).toMatch(/hydrat/i);
  });
});
