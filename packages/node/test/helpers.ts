import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { googleAnalytics, meta, stripe } from '@kakor/catalog';
import { createConsentState, defineSite, encodeConsent, type ConsentChoice, type ConsentState } from '@kakor/consent';
import { afterAll } from 'vitest';

export const secret = 'a-long-random-test-secret';

export const site = defineSite({
  processors: [googleAnalytics, meta, stripe],
  cookies: [{ name: 'stickySession', category: 'necessary', duration: 'session', party: 'first', storage: 'cookie', purpose: { en: 'Keeps a visit on one server.' } }],
});

const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

/** Starts a real server on 127.0.0.1 and gives its base URL. */
export async function listen(listener: RequestListener): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
}

export async function consentCookie(choice: ConsentChoice, options: { signed?: boolean } = {}): Promise<{ state: ConsentState; cookie: string }> {
  const state = createConsentState(site, choice);
  const value = await encodeConsent(state, options.signed === false ? {} : { secret });
  return { state, cookie: `kakor_consent=${value}` };
}

/** The names of the cookies a response sets, without the expiring ones. */
export function setNames(response: Response): string[] {
  return response.headers
    .getSetCookie()
    .filter((value) => !/Max-Age=0/i.test(value))
    .map((value) => value.split('=')[0] ?? '')
    .sort();
}

/** The names a response expires. */
export function expiredNames(response: Response): string[] {
  return response.headers
    .getSetCookie()
    .filter((value) => /Max-Age=0/i.test(value))
    .map((value) => value.split('=')[0] ?? '');
}
