import type { IncomingMessage } from 'node:http';
import type { Request } from 'express';
import { expectTypeOf, test } from 'vitest';
import type { RequestConsent } from '../src';

test('req.consent is typed for node:http and Express handlers', () => {
  expectTypeOf<IncomingMessage['consent']>().toEqualTypeOf<RequestConsent | undefined>();
  expectTypeOf<Request['consent']>().toEqualTypeOf<RequestConsent | undefined>();
  expectTypeOf<RequestConsent['decide']>().returns.toHaveProperty('reason');
});
