import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// What the denied-past reading must leave alone: a denial ahead ("won't ... until") is still a
// deadline ahead, and "until" with no denial keeps looking ahead. Sentences written for these tests.
const PUB = '2025-05-14'; // a Wednesday, in May

describe('until a date, with no past denied', () => {
  it("'won't decide until' a later month lies ahead", () => {
    expect(tagged("The board won't decide until September.", PUB, 'September')?.value).toBe('2025-09');
  });
  it("'will stay closed until' a later month lies ahead", () => {
    expect(tagged('The bridge will stay closed until October.', PUB, 'October')?.value).toBe('2025-10');
  });
  it('a fronted month with a future verb after a long subject lies ahead', () => {
    expect(tagged('In October, the regional consumer protection watchdog Fair Trade Alliance will review the chain.', PUB, 'October')?.value).toBe('2025-10');
  });
});

describe('a schedule told in the past perfect is left to the other cues', () => {
  it('"had been scheduled for Friday" before a postponement lies ahead in a Wednesday story', () => {
    expect(tagged('The vote, which had been scheduled for Friday, will now be held next month.', PUB, 'Friday')?.value).toBe('2025-05-16');
  });
});

describe('a time clause told in the past keeps its side', () => {
  it('"will appeal, as it did when the ruling was issued on Monday" is last Monday', () => {
    expect(tagged('The union will appeal, as it did when the ruling was issued on Monday.', PUB, 'Monday')?.value).toBe('2025-05-12');
  });
});

describe('"after" a noun is no time clause', () => {
  it('"will study why the dam failed after the storm March 3" keeps last March', () => {
    expect(tagged('Engineers will study the gates to learn why the dam failed after the storm March 3.', PUB, 'March 3')?.value).toBe('2025-03-03');
  });
});

describe('"by" a day with a tally still to come', () => {
  it('"By Monday the chain will have 90 stores" lies ahead', () => {
    expect(tagged('By Monday the chain will have 90 stores.', PUB, 'Monday')?.value).toBe('2025-05-19');
  });
});
