import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPattern, matchesPattern, patternSpecificity, patternsOverlap } from './pattern';

const toRegExp = (pattern: string) => new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^]*')}$`);

describe('checkPattern', () => {
  it.each(['_ga_*', '_pk_id.*', '*_csrf', 'intercom-id-*', 'a*b'])('accepts %s', (pattern) => {
    expect(checkPattern(pattern)).toBeUndefined();
  });

  it.each([
    ['', 'must not be empty'],
    ['^_ga_.*$', 'regular-expression syntax'],
    ['_ga_[0-9]+', 'regular-expression syntax'],
    ['_ga_\\d', 'regular-expression syntax'],
    ['_ga', 'use `name`'],
    ['_ga**', 'single "*"'],
    ['*ga*', 'fixed beginning or a fixed end'],
    ['_ga *', 'spaces'],
    ['x'.repeat(300) + '*', 'at most 256'],
  ])('refuses %j', (pattern, reason) => {
    expect(checkPattern(pattern)).toContain(reason);
  });
});

describe('matchesPattern', () => {
  it('matches the documented examples case-sensitively', () => {
    expect(matchesPattern('_pk_id.*', '_pk_id.8506966f-4802-4f59-9092-421623856f55')).toBe(true);
    expect(matchesPattern('_ga_*', '_ga_ABC123')).toBe(true);
    expect(matchesPattern('_ga_*', '_ga_')).toBe(true);
    expect(matchesPattern('_ga_*', '_GA_ABC')).toBe(false);
    expect(matchesPattern('*_csrf', 'form_csrf')).toBe(true);
    expect(matchesPattern('*_csrf', 'form_csrf_x')).toBe(false);
  });

  it('agrees with an equivalent regular expression on random input', () => {
    const alphabet = fc.constantFrom('a', 'b', '_', '*');
    const pattern = fc.array(alphabet, { maxLength: 8 }).map((chars) => chars.join(''));
    const name = fc.array(fc.constantFrom('a', 'b', '_'), { maxLength: 12 }).map((chars) => chars.join(''));
    fc.assert(fc.property(pattern, name, (p, n) => matchesPattern(p, n) === toRegExp(p).test(n)));
  });

  it('stays fast on names built to make backtracking matchers explode', () => {
    const name = 'a'.repeat(10_000);
    expect(matchesPattern('a*a*a*a*a*b', name)).toBe(false);
  });
});

describe('patternsOverlap', () => {
  it.each([
    ['_ov_*', '_ov_x*', true],
    ['_ga_*', '_gat_*', false],
    ['a*', '*b', true],
    ['_pk_id.*', '_pk_ses.*', false],
    ['abc', 'a*', true],
    ['abc', 'b*', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(patternsOverlap(a, b)).toBe(expected);
    expect(patternsOverlap(b, a)).toBe(expected);
  });

  it('finds an overlap exactly when some short name matches both', () => {
    const alphabet = fc.constantFrom('a', 'b', '*');
    const pattern = fc.array(alphabet, { maxLength: 5 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(pattern, pattern, (a, b) => {
        const names = [''];
        for (let length = 1; length <= 10; length++) {
          for (let i = 0; i < 2 ** length; i++) names.push(i.toString(2).padStart(length, '0').replace(/0/g, 'a').replace(/1/g, 'b'));
        }
        const witness = names.some((n) => matchesPattern(a, n) && matchesPattern(b, n));
        return patternsOverlap(a, b) === witness;
      }),
      { numRuns: 200 },
    );
  });
});

it('counts fixed characters as specificity', () => {
  expect(patternSpecificity('_ga_*')).toBe(4);
  expect(patternSpecificity('ppms_privacy_bar_*')).toBeGreaterThan(patternSpecificity('ppms_privacy_*'));
});
