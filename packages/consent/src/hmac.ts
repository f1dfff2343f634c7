// HMAC-SHA256 through WebCrypto, so signing runs the same in browsers, Node 20+ and edge runtimes.
import { base64url } from './base64url';

const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

function keyFor(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    keys.set(secret, key);
  }
  return key;
}

/** The base64url HMAC-SHA256 of `message` under `secret`. */
export async function sign(message: string, secret: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.sign('HMAC', await keyFor(secret), encoder.encode(message))));
}

/** Compares in time that does not depend on where the strings differ. */
function equalInConstantTime(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/** Whether `signature` signs `message` under any of the secrets. */
export async function verify(message: string, signature: string, secrets: readonly string[]): Promise<boolean> {
  let valid = false;
  for (const secret of secrets) valid = equalInConstantTime(await sign(message, secret), signature) || valid;
  return valid;
}
