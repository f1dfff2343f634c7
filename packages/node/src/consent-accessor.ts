import { IncomingMessage } from 'node:http';
import { Http2ServerRequest } from 'node:http2';
import { guardedConsent } from './guard';
import type { RequestConsent } from './request-consent';

const installedKey = Symbol.for('kakor.consent-accessor');

function readConsent(this: object): RequestConsent | undefined {
  return guardedConsent(this);
}

// An app may still assign `req.consent` itself: the value becomes the request's own property.
function writeConsent(this: object, value: unknown): void {
  Object.defineProperty(this, 'consent', { value, writable: true, enumerable: true, configurable: true });
}

/**
 * Serves `req.consent` from an accessor on Node's request prototypes rather than a property
 * added to every request: after Express swaps a request's prototype, each property added to it
 * costs a copy of its hidden class. Installed once, shared by every copy of the package; a
 * prototype that already defines `consent` is left alone.
 */
export function installConsentAccessor(): void {
  const globals = globalThis as { [installedKey]?: boolean };
  if (globals[installedKey] === true) return;
  globals[installedKey] = true;
  for (const prototype of [IncomingMessage.prototype, Http2ServerRequest.prototype]) {
    if (Object.prototype.hasOwnProperty.call(prototype, 'consent')) continue;
    Object.defineProperty(prototype, 'consent', { get: readConsent, set: writeConsent, enumerable: false, configurable: true });
  }
}
