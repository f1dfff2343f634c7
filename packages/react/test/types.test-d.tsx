import type { ProcessorId } from '@kakor/catalog';
import { describe, expectTypeOf, it } from 'vitest';
import { ConsentGate, useConsentEffect, useProcessor } from '../src';

describe('processor ids are checked by the compiler', () => {
  it('accepts catalog ids and rejects anything else', () => {
    expectTypeOf(useProcessor).parameter(0).toEqualTypeOf<ProcessorId>();
    expectTypeOf<'youtube'>().toExtend<Parameters<typeof useProcessor>[0]>();
    // @ts-expect-error: not a catalog id
    useProcessor('no-such-id');
    // @ts-expect-error: a typo of hubspot
    useProcessor('hubsopt');
  });

  it('types the gate and consent effects the same way', () => {
    void (<ConsentGate processor="youtube">x</ConsentGate>);
    void (<ConsentGate category="analytics">x</ConsentGate>);
    // @ts-expect-error: not a catalog id
    void (<ConsentGate processor="no-such-id">x</ConsentGate>);
    // @ts-expect-error: a gate waits for one thing, not both
    void (<ConsentGate processor="youtube" category="analytics">x</ConsentGate>);
    // @ts-expect-error: not a category
    useConsentEffect({ category: 'tracking' }, () => undefined);
  });
});
