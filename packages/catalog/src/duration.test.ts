import { describe, expect, it } from 'vitest';
import { formatDuration, parseIsoDuration } from './duration';

describe('formatDuration', () => {
  it.each([
    ['P13M', 'en', '13 months'],
    ['P12M', 'sv', '12 månader'],
    ['PT30M', 'sv', '30 minuter'],
    ['P1Y', 'en', '1 year'],
    ['P1Y6M', 'en', '1 year, 6 months'],
    ['P90D', 'nb', '90 dager'],
    ['P90D', 'sv', '90 dagar'],
    ['P1D', 'sv', '1 dag'],
    ['PT30M', 'en', '30 minutes'],
    ['session', 'en', 'session'],
    ['persistent', 'sv', 'tills den raderas'],
    ['1 year', 'en', '1 year'],
  ] as const)('%s in %s is "%s"', (duration, locale, expected) => {
    expect(formatDuration(duration, locale)).toBe(expected);
  });

  it('tells minutes from months', () => {
    expect(parseIsoDuration('PT5M')).toEqual({ TM: 5 });
    expect(parseIsoDuration('P5M')).toEqual({ M: 5 });
    expect(parseIsoDuration('P')).toBeUndefined();
    expect(parseIsoDuration('PT')).toBeUndefined();
  });
});
