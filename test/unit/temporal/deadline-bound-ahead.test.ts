import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// A deadline's bound, "no later than", looks ahead as "by" does, whatever past asked for it
// (tense.ts). Sentences written for these tests; published Wednesday 2025-04-16.
const PUB = '2025-04-16';

describe('tagTimexes: "no later than" a day is a deadline ahead', () => {
  it('"the regulator asked for the records no later than May 2" is this May', () => {
    expect(tagged('The regulator asked for the records no later than May 2.', PUB, 'May 2')!.value).toBe('2025-05-02');
  });
  it('"the council requested a reply not later than June 9" is this June', () => {
    expect(tagged('The council requested a reply not later than June 9.', PUB, 'June 9')!.value).toBe('2025-06-09');
  });
});
