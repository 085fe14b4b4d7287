import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A suspension or a delay told in the past may still run ("was closed until Friday", "was
// extended until September"), and a plan "until" looks ahead. Sentences written for these
// tests; published Tuesday 7 June 1988.
const values = (text: string) => tagTimexes(text, '1988-06-07').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: a past state "until" a date, negative cases', () => {
  it('"the port was closed until Friday" is the Friday ahead', () => {
    expect(values('The port was closed until Friday.')).toEqual(['Friday|1988-06-10']);
  });
  it('"talks will go on until May" is next May', () => {
    expect(values('The talks will go on until May.')).toEqual(['May|1989-05']);
  });
});
