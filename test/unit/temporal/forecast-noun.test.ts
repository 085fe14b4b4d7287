// A forecast named as a thing ("raised its forecast for 2026") looks ahead only for the period
// it is for; the day the forecast was changed is the changing's, told in the past.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal';

const valueOf = (text: string, words: string, published = '2024-05-15') => tagTimexes(text, published).find((t) => t.text === words)?.value;

describe('a forecast as a thing, and the day it was changed', () => {
  it('dates a past change of a forecast for a later year on the weekday just gone', () => {
    expect(valueOf('The central bank raised its forecast for 2026 on Tuesday.', 'Tuesday')).toBe('2024-05-14');
  });
  it('keeps the period a forecast is for ahead', () => {
    expect(valueOf('The ministry cut its forecast for June by half.', 'June')).toBe('2024-06');
  });
  it('still reads a forecast for a weekday as ahead', () => {
    expect(valueOf('Traders doubted the forecast for Friday after the storm.', 'Friday')).toBe('2024-05-17');
  });
});
