import { decide } from '@kakor/consent';
import express, { type Response as ExpressResponse } from 'express';
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { consentMiddleware } from '../src';
import { consentCookie, listen, secret, site } from './helpers';

type Op = ['setHeader', string[]] | ['appendHeader', string] | ['cookie', string] | ['append', string];
type Finish = ['end'] | ['write'] | ['writeHead', 'object' | 'raw', string[]];

function run(res: ExpressResponse, ops: Op[], finish: Finish): void {
  for (const op of ops) {
    if (op[0] === 'setHeader') res.setHeader('Set-Cookie', op[1].length === 1 ? (op[1][0] ?? '') : op[1]);
    else if (op[0] === 'appendHeader') res.appendHeader('Set-Cookie', op[1]);
    else if (op[0] === 'cookie') res.cookie(op[1], 'v');
    else res.append('Set-Cookie', op[1]);
  }
  if (finish[0] === 'writeHead') {
    const cookies = finish[2];
    res.writeHead(200, finish[1] === 'object' ? { 'Set-Cookie': cookies } : cookies.flatMap((c) => ['Set-Cookie', c]));
    res.end();
  } else if (finish[0] === 'write') {
    res.write('x');
    res.end('y');
  } else {
    res.end('ok');
  }
}

const app = (withMiddleware: boolean) => {
  const server = express();
  if (withMiddleware) server.use(consentMiddleware(site, { secret, onBlocked: () => undefined }));
  server.get('/ops', (req, res) => {
    const { ops, finish } = JSON.parse(Buffer.from(String(req.headers['x-ops']), 'base64url').toString()) as { ops: Op[]; finish: Finish };
    run(res, ops, finish);
  });
  return listen(server);
};

let bare = '';
let guarded = '';
beforeAll(async () => {
  [bare, guarded] = await Promise.all([app(false), app(true)]);
});

const names = ['_ga', '_ga_XYZ', '_fbp', 'fr', '__stripe_mid', '__stripe_sid', 'stickySession', 'kakor_consent_x', 'mystery', '_gid'];
const cookie = fc.constantFrom(...names).map((name) => `${name}=v; Path=/`);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.array(cookie, { minLength: 1, maxLength: 4 }).map((list): Op => ['setHeader', list]),
  cookie.map((c): Op => ['appendHeader', c]),
  fc.constantFrom(...names).map((n): Op => ['cookie', n]),
  cookie.map((c): Op => ['append', c]),
);
const finish: fc.Arbitrary<Finish> = fc.oneof(
  fc.constant<Finish>(['end']),
  fc.constant<Finish>(['write']),
  fc.tuple(fc.constantFrom('object' as const, 'raw' as const), fc.array(cookie, { maxLength: 3 })).map(([kind, list]): Finish => ['writeHead', kind, list]),
);
const consent = fc.record({
  categories: fc.record({ preferences: fc.boolean(), analytics: fc.boolean(), marketing: fc.boolean() }),
  processors: fc.dictionary(fc.constantFrom('google-analytics', 'meta', 'stripe'), fc.boolean()),
  source: fc.constantFrom('banner' as const, 'api' as const),
  gpc: fc.boolean(),
});

const namesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split('=')[0] ?? '');

it('never lets a cookie through without consent, and never drops one it allows (random header operations, real servers)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(op, { maxLength: 6 }), finish, fc.option(consent, { nil: undefined }), fc.boolean(), async (ops, end, choice, gpcHeader) => {
      const given = choice ? await consentCookie(choice) : undefined;
      const headers: Record<string, string> = { 'x-ops': Buffer.from(JSON.stringify({ ops, finish: end })).toString('base64url') };
      if (given) headers.cookie = given.cookie;
      if (gpcHeader) headers['sec-gpc'] = '1';
      const [expected, actual] = await Promise.all([fetch(`${bare}/ops`, { headers }), fetch(`${guarded}/ops`, { headers })]);
      const allows = (name: string) => decide(site, given?.state ?? null, name, { gpc: gpcHeader }).allowed;
      const received = namesOf(actual);
      // No cookie without consent reaches the client…
      for (const name of received) expect(allows(name), name).toBe(true);
      // …and every allowed cookie the app sends without the middleware still arrives. (Node itself
      // keeps only the last raw-array writeHead value once setHeader was used; the middleware keeps all.)
      for (const name of namesOf(expected).filter(allows)) {
        expect(received.filter((n) => n === name).length, name).toBeGreaterThanOrEqual(namesOf(expected).filter((n) => n === name).length);
      }
    }),
    { numRuns: 200 },
  );
});
