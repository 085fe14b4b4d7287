import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Participles of forecasting before a month that still look ahead. Sentences written for these tests.
const valueOf = (text: string, words: string) => tagTimexes(text, '1988-04-15').find((t) => t.text === words)?.value;

describe('tagTimexes: the month a forecast was made in, negative cases', () => {
  it('a passive "is projected in" names what is forecast', () => {
    expect(valueOf('A further rise in output is projected in June.', 'June')).toBe('1988-06');
  });

  it('"expected in" names what is awaited', () => {
    expect(valueOf('Analysts see a deficit of 2 billion dlrs, with a cut in rates expected in May.', 'May')).toBe('1988-05');
  });
});
