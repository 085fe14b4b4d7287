import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What report-content-weekday.test.ts does not read as a report's content: a relative clause whose
// verb follows "that" straight away ("Friday's meeting that will decide") is the noun's own and
// keeps looking ahead. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a possessive weekday before a relative clause', () => {
  it('"Friday\'s report that will show the jobless rate" lies ahead', () => {
    // published Tuesday 1994-09-13
    expect(values('Dealers await Friday\'s report that will show the jobless rate.', '1994-09-13')).toEqual([['Friday', '1994-09-16']]);
  });
});
