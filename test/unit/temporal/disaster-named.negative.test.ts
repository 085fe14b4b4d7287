import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// What the disaster and fronted-deadline rules (disaster-named.test.ts) leave ahead: a plan named
// by its day, and a fronted deadline whose clause is a future or an expectation.
const PUB = '2016-04-14';

describe('tagTimexes: days that stay ahead', () => {
  it('a plan named by its day', () => {
    expect(tagged('Shareholders will vote on the June 3 plan to merge the two refiners.', PUB, 'June 3')?.value).toBe('2016-06-03');
  });
  it('"By Friday, the firm will have repaid"', () => {
    expect(tagged('The loan fell due in March. By Friday, the firm will have repaid it.', PUB, 'Friday')?.value).toBe('2016-04-15');
  });
  it('a deadline inside an "if" clause before a reporting verb', () => {
    expect(tagged('If the sale is not closed by the end of June, the bank estimated its profit would fall.', PUB, 'the end of June')?.value).toBe('2016-06');
  });
  it('"By Friday, the firm is expected to have repaid"', () => {
    expect(tagged('The loan fell due in March. By Friday, the firm is expected to have repaid it.', PUB, 'Friday')?.value).toBe('2016-04-15');
  });
});
