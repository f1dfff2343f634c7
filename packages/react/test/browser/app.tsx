// The page the browser test loads: a banner, a gate, and a stand-in analytics script that
// sets a cookie and a storage key once analytics is allowed.
import { clearBrowserStorage } from '@kakor/consent';
import { version } from 'react';
import { createRoot } from 'react-dom/client';
import { ConsentGate, ConsentProvider, ConsentScript, useConsent, useConsentEffect } from '@kakor/react';
import { site } from '../site';

function Banner() {
  const { needsConsent, acceptAll, rejectAll, withdraw, update } = useConsent();
  return (
    <div>
      <p id="status">{needsConsent ? `ask:${needsConsent}` : 'decided'}</p>
      <button id="accept" onClick={() => acceptAll()}>Accept all</button>
      <button id="reject" onClick={() => rejectAll()}>Reject all</button>
      <button id="analytics-only" onClick={() => update({ categories: { analytics: true, marketing: false, preferences: false } })}>Analytics only</button>
      <button id="withdraw" onClick={() => withdraw()}>Withdraw</button>
    </div>
  );
}

function Preferences() {
  useConsentEffect({ category: 'preferences' }, () => {
    localStorage.setItem('theme', 'dark');
  });
  return null;
}

function Marketing() {
  useConsentEffect({ category: 'marketing' }, () => {
    document.cookie = `_fbp=fb.1.${String(Date.now())}.1; Path=/; Max-Age=7776000`;
  });
  return null;
}

document.documentElement.dataset.react = version;

createRoot(document.getElementById('root') as HTMLElement).render(
  <ConsentProvider site={site} clear={clearBrowserStorage}>
    <Banner />
    <Preferences />
    <Marketing />
    <ConsentScript category="analytics" src="/analytics.js" id="analytics-script" />
    <ConsentGate processor="youtube" fallback={<p id="video">video blocked</p>}>
      <p id="video">video shown</p>
    </ConsentGate>
  </ConsentProvider>,
);
