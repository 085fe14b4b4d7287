import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// A date opening its sentence whose clause looks ahead stays ahead. Sentences written for these tests.
const PUB = '2025-05-14';

describe('a date opening its sentence with a clause that looks ahead', () => {
  it('a later month-day with "will" lies ahead', () => {
    expect(tagged('August 3, the first day of the festival, the mayor will open the new bridge.', PUB, 'August 3')?.value).toBe('2025-08-03');
  });
});

describe('a date opening its sentence whose own words tell its side', () => {
  it('"And this weekend, ..." before an imperative keeps the coming weekend', () => {
    expect(tagged('And this weekend, forgo those cases of lager and imported cider and instead write a cheque to one of the charities that are ready to employ trained volunteers.', PUB, 'this weekend')?.value).toBe('2025-W20-WE');
  });
});
