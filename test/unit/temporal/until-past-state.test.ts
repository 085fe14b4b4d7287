import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A state told in the past up to a date ended there ("output was steady until March 3 and then
// slumped", "remained chairman until January"): "until" looks ahead only from the state's own
// time (issue 16: months without a year, past tense and a later month; read on Timeline17's
// "production was normal until February 20"). Sentences written for these tests; published
// Tuesday 7 June 1988.
const values = (text: string) => tagTimexes(text, '1988-06-07').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: a past state "until" a date', () => {
  it('"was steady until May 3 and then slumped" is the May gone', () => {
    expect(values('Copper output was steady until May 3 and then slumped.')).toEqual(['May 3|1988-05-03']);
  });
  it('"remained chairman until January" is the January gone', () => {
    expect(values('Mr Olsen remained chairman until January.')).toEqual(['January|1988-01']);
  });
});
