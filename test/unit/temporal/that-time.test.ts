import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// "by that time", "since that date": the last date the story named, as named (issue 16).
// Sentences are written for these tests.
const PUB = '2023-08-21';

describe("tagTimexes: 'that time' takes back the last date named", () => {
  it("'by that time' after a deadline day is that day", () => {
    const text = 'Bidders must file by September 4. Offers not received by that time will be returned.';
    expect(tagged(text, PUB, 'that time')).toEqual({ text: 'that time', type: 'DATE', value: '2023-09-04' });
  });

  it("'since that date' after a year is that year", () => {
    const text = 'The lighthouse was automated in 1987. Since that date, no keeper has lived there.';
    expect(tagged(text, PUB, 'that date')).toEqual({ text: 'that date', type: 'DATE', value: '1987' });
  });
});
