import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Clock times of the wire: New York times written with their zone, a midnight that closes its day
// (T24:00) (issue 16, read on the 1987 wire splits reuters/fresh6-fresh11 after their first scores).
// Sentences written for these tests; negative cases in clock-times.negative.test.ts.
const WED = '1987-05-13'; // a Wednesday
const values = (text: string, published = WED) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: New York clock times of the wire', () => {
  it('"0930 EST" and "1615 EDT" are clock times in local time', () => {
    expect(tagTimexes('Trading will run from 0930 EST to 1615 EDT, the board said.', WED).map((t) => [t.text, t.type, t.value])).toEqual([
      ['0930 EST', 'TIME', '1987-05-13T09:30'],
      ['1615 EDT', 'TIME', '1987-05-13T16:15'],
    ]);
  });
});

describe('tagTimexes: a midnight that closes its day', () => {
  it('"lapse at midnight October 31" and "by midnight" are the end of the day, T24:00', () => {
    expect(values('The union said the pact would lapse at midnight October 31.', '1987-10-20')).toEqual([['midnight October 31', '1987-10-31T24:00']]);
    expect(values('Negotiators on Tuesday vowed to finish the text by midnight.', '1987-06-09')).toEqual([
      ['Tuesday', '1987-06-09'],
      ['midnight', '1987-06-09T24:00'],
    ]);
  });
});
