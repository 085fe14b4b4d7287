import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Four digits and "hrs" with no zone after them are a count of hours. Sentences written for
// these tests; published Tuesday 7 June 1988.
const values = (text: string) => tagTimexes(text, '1988-06-07').map((t) => `${t.type}|${t.text}|${t.value}`);

describe('tagTimexes: a military clock time with "hrs", negative cases', () => {
  it('"logged 1200 hrs of flying" is a duration', () => {
    expect(values('The pilot had logged 1200 hrs of flying.')).toEqual(['DURATION|1200 hrs|PT1200H']);
  });
});
