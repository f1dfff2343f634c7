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

/** For each request prototype met, whether reading `consent` through it reaches the accessor. */
const servedByPrototype = new WeakMap<object, boolean>();

function reachesAccessor(prototype: object | null): boolean {
  for (let owner = prototype; owner !== null; owner = Object.getPrototypeOf(owner) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(owner, 'consent');
    if (descriptor !== undefined) return descriptor.get === readConsent;
  }
  return false;
}

/**
 * Whether `request.consent` reads the guard's consent through the accessor: no own `consent`
 * (an app or library assigned one earlier) and none on a framework's prototype in between.
 * Each prototype is looked at once.
 */
export function consentAccessorServes(request: object): boolean {
  if (Object.prototype.hasOwnProperty.call(request, 'consent')) return false;
  const prototype = Object.getPrototypeOf(request) as object | null;
  if (prototype === null) return false;
  let serves = servedByPrototype.get(prototype);
  if (serves === undefined) {
    serves = reachesAccessor(prototype);
    servedByPrototype.set(prototype, serves);
  }
  return serves;
}
