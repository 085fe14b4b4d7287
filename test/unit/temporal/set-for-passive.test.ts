import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// An appointment told in the passive perfect lies ahead of its making (tense.ts). Sentences
// written for these tests; published Thursday 2025-02-13.
const PUB = '2025-02-13';

describe('tagTimexes: "has been set for" a day', () => {
  it('"a sentencing hearing has been set for 7 March" is this March', () => {
    expect(tagged('A sentencing hearing has been set for 7 March at the county court.', PUB, '7 March')!.value).toBe('2025-03-07');
  });
  it('"the recount has now been scheduled for January 9" is next January', () => {
    expect(tagged('The recount has now been scheduled for January 9.', PUB, 'January 9')!.value).toBe('2026-01-09');
  });
});

describe('tagTimexes: "had been set for" may have come and gone', () => {
  it('"the vote had been set for January 9 but was called off" keeps January past', () => {
    expect(tagged('The vote had been set for January 9 but was called off.', PUB, 'January 9')!.value).toBe('2025-01-09');
  });
});
