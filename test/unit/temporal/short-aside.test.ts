import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// The brackets of a short aside end no clause: the verb before them still governs the date after
// them (tense.ts). Sentences written for these tests; published Wednesday 1987-03-18.
const PUB = '1987-03-18';

describe('tagTimexes: a date after an abbreviation in brackets keeps its verb', () => {
  it('"will lift output to 90,000 tonnes a year (tpy) from June 1, sources said" is this June', () => {
    expect(tagged('The mill will lift output to 90,000 tonnes a year (tpy) from June 1, sources said.', PUB, 'June 1')!.value).toBe('1987-06-01');
  });
});
