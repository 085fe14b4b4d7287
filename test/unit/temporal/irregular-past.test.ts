import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// An irregular past beside a weekday tells the weekday behind the dateline, even when the main
// clause looks ahead. Sentences written for these tests; published Saturday 14 March 2026.
const values = (text: string) => tagTimexes(text, '2026-03-14').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: irregular pasts tell a weekday behind publication', () => {
  it('"underwent ... Thursday" in a relative clause before a future main clause', () => {
    expect(values('The goalkeeper, who underwent knee surgery Thursday, will miss the derby.')).toEqual(['Thursday|2026-03-12']);
  });
  it('"overcame ... on Tuesday"', () => {
    expect(values('The cyclist overcame a puncture on Tuesday and will start the next stage.')).toEqual(['Tuesday|2026-03-10']);
  });
  it('"withstood ... Wednesday"', () => {
    expect(values('The levee, which withstood the surge Wednesday, will be inspected.')).toEqual(['Wednesday|2026-03-11']);
  });
});
