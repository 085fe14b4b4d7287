import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rules of this class must leave alone. The class: clock times of the wire: New York times
// written with their zone, a midnight that closes its day (T24:00) (issue 16). Sentences written for
// these tests.
const WED = '1987-05-13'; // a Wednesday
const values = (text: string, published = WED) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: "est." that is no zone', () => {
  it('a lower-case "est." after four digits is an estimate, not Eastern time', () => {
    expect(values('Output was 1200 est. units a day.')).toEqual([]);
  });
});

describe('tagTimexes: datelines and clock times the session-12 rules leave alone', () => {
  it('a Sunday dateline under a Monday stamp keeps "this week" the week the Monday opens', () => {
    const story = 'COCOA TALKS OPEN\n\nLONDON, March 15 - Delegates arrive for talks starting this week, officials said.\n';
    expect(tagTimexes(story, '1987-03-16').find((t) => t.text === 'this week')?.value).toBe('1987-W12');
  });

  it('the four digits of "1700 CDT April 24" are a clock time: no narrative year for the next month', () => {
    const text = 'The company extended its offer to 1700 CDT April 24. The offer had been set to expire April 13.';
    expect(tagTimexes(text, '1987-04-13').find((t) => t.text === 'April 13')?.value).toBe('1987-04-13');
  });
});

describe('tagTimexes: a midnight that opens its day', () => {
  it('a midnight that opens a day stays T00:00', () => {
    expect(values('The blast shook the port shortly after midnight on Friday.', '1987-06-13')).toEqual([['midnight on Friday', '1987-06-12T00:00']]);
  });
});
