import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// What the year-then-modal rule (year-modal.test.ts) leaves alone: a capitalised month after a
// year, with or without its day.
const PUB = '2012-06-01';

describe('tagTimexes: a year and the month May', () => {
  it('keeps "2004 May 7" as the day', () => {
    expect(tagged('The register opened on 2004 May 7.', PUB, '2004 May 7')?.value).toBe('2004-05-07');
  });
  it('keeps "2010 May" as the month', () => {
    expect(tagged('Figures for 2010 May were revised.', PUB, '2010 May')?.value).toBe('2010-05');
  });
});
