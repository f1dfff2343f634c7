import { expectTypeOf, test } from 'vitest';
import type { z } from 'zod';
import { stripe, type CatalogEntry, type CookieDefinition, type ProcessorId } from '../src';
import type { catalogEntrySchema, cookieSchema } from '../src/schema';

test('ProcessorId is a union of the catalog ids', () => {
  expectTypeOf<'stripe'>().toExtend<ProcessorId>();
  expectTypeOf<'piwik-pro'>().toExtend<ProcessorId>();
  expectTypeOf<'hubsopt'>().not.toExtend<ProcessorId>();
  expectTypeOf(stripe.id).toEqualTypeOf<'stripe'>();
});

test('the schemas and the hand-written types describe the same fields', () => {
  expectTypeOf<keyof z.output<typeof catalogEntrySchema>>().toEqualTypeOf<keyof CatalogEntry>();
  expectTypeOf<keyof z.output<typeof cookieSchema>>().toEqualTypeOf<keyof CookieDefinition>();
  expectTypeOf<z.output<typeof catalogEntrySchema>>().toExtend<CatalogEntry>();
});
