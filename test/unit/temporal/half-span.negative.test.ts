import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// "last year and half the rise": no "the", no "a half": the calendar year gone. Sentences are
// written for these tests.
const PUB = '2026-06-10';

describe('no half span', () => {
  it("'last year and half the rise' is the year gone", () => {
    expect(tagged('Rents climbed last year and half the rise came in May.', PUB, 'last year')).toMatchObject({ type: 'DATE', value: '2025' });
  });
  it("'the past year' alone is a year's span", () => {
    expect(tagged('Rents have climbed over the past year.', PUB, 'the past year')).toMatchObject({ type: 'DURATION', value: 'P1Y' });
  });
});
