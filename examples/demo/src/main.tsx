import { clearBrowserStorage, endpointPersistence, type ConsentState } from '@kakor/consent';
import { ConsentProvider } from '@kakor/react';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App, visitServer } from './app';
import { site } from './site';
import '@kakor/react/ui.css';
import './styles.css';

declare global {
  interface Window {
    /** What the server read from the request: its consent and GPC signal. */
    __KAKOR_INITIAL__?: { consent: ConsentState | null; gpc: boolean };
  }
}

const initial = window.__KAKOR_INITIAL__ ?? { consent: null, gpc: false };
let refreshServerCookies: () => void = () => undefined;
// Choices go to the server's consent endpoint, which signs the cookie and expires what a
// withdrawal no longer allows, HttpOnly cookies included; then the page asks the server again.
const persist = endpointPersistence({ onSaved: () => refreshServerCookies(), onError: (problem) => console.error('Kakor demo: the consent endpoint refused the choice', problem) });

function Root() {
  const [serverCookies, setServerCookies] = useState('');
  useEffect(() => {
    refreshServerCookies = () => void visitServer().then(setServerCookies);
    refreshServerCookies();
  }, []);
  return (
    <ConsentProvider site={site} initialConsent={initial.consent} gpc={initial.gpc} persist={persist} clear={clearBrowserStorage}>
      <App serverCookies={serverCookies} />
    </ConsentProvider>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<Root />);
