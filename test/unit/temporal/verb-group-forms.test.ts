import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// How a verb group's form places a date. "X didn't do Y until October": the act denied before the
// date was done at last on that date, a past act, not a deadline ahead ("until" alone looks
// ahead). A present written short ("it's", "they're") is a present. An expectation held in the
// past perfect ("had been expected back on Monday") had its day before the story. And a date
// fronted before a long subject is still the clause's: its verb may come after several names.
// Sentences are written for these tests.
const PUB = '2025-05-14'; // a Wednesday, in May

describe('a past act denied until a date happened on that date', () => {
  it("'didn't ... until' a later month is last year's month", () => {
    expect(tagged('The inspectors didn’t visit the warehouse until November, weeks after the complaint.', PUB, 'November')?.value).toBe('2024-11');
  });
  it("'did not ... until' too", () => {
    expect(tagged('The council did not publish the audit until September.', PUB, 'September')?.value).toBe('2024-09');
  });
  it("'had not ... until'", () => {
    expect(tagged('The club had not paid the fee until August, its accounts show.', PUB, 'August')?.value).toBe('2024-08');
  });
  it("'wasn't' is a past as 'was' is", () => {
    expect(tagged("The mayor wasn't in the chamber in June.", PUB, 'June')?.value).toBe('2024-06');
  });
});

describe('a fronted date takes the verb after a long subject', () => {
  it('a month later than publication, told in the past, is last year', () => {
    expect(tagged('In October, the regional consumer protection watchdog Fair Trade Alliance fined the chain.', PUB, 'October')?.value).toBe('2024-10');
  });
});

describe('a present written short is a present', () => {
  it("\"we're\" before a later month, in a quote closed by \"said\", looks ahead", () => {
    expect(tagged('"We\'re ready for a fight in October," the union said.', PUB, 'October')?.value).toBe('2025-10');
  });
  it('"they\'re" too', () => {
    expect(tagged('"They\'re ready to sign the lease in August," the agent said.', PUB, 'August')?.value).toBe('2025-08');
  });
});

describe('an expectation held in the past perfect', () => {
  it('"had been expected back on Monday" (a Wednesday story) is the Monday gone', () => {
    expect(tagged('Her lawyer said the trader had been expected back on Monday from Singapore but had not appeared.', PUB, 'Monday')?.value).toBe('2025-05-12');
  });
});

describe('a time clause of a clause that will happen lies ahead with it', () => {
  it('"will vote on the plan when the mayor presents it on Monday" (a Wednesday story) is next Monday', () => {
    expect(tagged('Councillors will vote on the plan when the mayor presents it to the chamber on Monday.', PUB, 'Monday')?.value).toBe('2025-05-19');
  });
});

describe('"by" a day with a tally told in the past', () => {
  it('"By early Monday the appeal had 40,000 signatures" (a Wednesday story) is the Monday gone', () => {
    expect(tagged('By early Monday the appeal had 40,000 signatures.', PUB, 'early Monday')?.value ?? tagged('By early Monday the appeal had 40,000 signatures.', PUB, 'Monday')?.value).toBe('2025-05-12');
  });
  it('"by Monday the toll stood at 31"', () => {
    expect(tagged('By Monday the toll stood at 31.', PUB, 'Monday')?.value).toBe('2025-05-12');
  });
});
