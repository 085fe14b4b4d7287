import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// A forecast fronts its days with "For" and may run them into each other ("For Friday night into
// Saturday morning, ..."): both days are the clause's after the comma, whose modal looks ahead.
// Sentences are written for these tests.
const PUB = '2026-06-09'; // a Tuesday

describe('a fronted stretch of days takes the clause after it', () => {
  const sentence = 'For Friday night into Saturday morning, heavy rain could spread across the hills and flood low roads, forecasters said.';
  it("the stretch's first day lies ahead", () => {
    expect(tagged(sentence, PUB, 'Friday night')?.value ?? tagged(sentence, PUB, 'Friday')?.value).toMatch(/^2026-06-12/);
  });
  it("the stretch's second day lies ahead", () => {
    expect(tagged(sentence, PUB, 'Saturday morning')?.value ?? tagged(sentence, PUB, 'Saturday')?.value).toMatch(/^2026-06-13/);
  });
  it("'For Thursday,' fronts a day as 'On Thursday,' does", () => {
    expect(tagged('For Thursday, gusty winds along the ridge line should ease by the afternoon and skies clear.', PUB, 'Thursday')?.value).toBe('2026-06-11');
  });
});
