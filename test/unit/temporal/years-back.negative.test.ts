import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "set back a few years": "back" before the count is the setback, a span. Sentences written
// for these tests; published 7 June 1988.
const values = (text: string) => tagTimexes(text, '1988-06-07').map((t) => `${t.type}|${t.text}|${t.value}`);

describe('tagTimexes: "a few years back", negative cases', () => {
  it('"set the project back a few years" is a span', () => {
    expect(values('The fire set the project back a few years.')).toEqual(['DURATION|a few years|PXY']);
  });
});
