import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// "the past year and a half", "the last month and a half": no calendar period runs a unit and a
// half, so the words measure the span up to the story's time, a DURATION of one and a half units.
// Sentences are written for these tests.
const PUB = '2026-06-10';

describe('a unit and a half counted back', () => {
  it("'over the past year and a half'", () => {
    expect(tagged('Rents have climbed over the past year and a half.', PUB, 'the past year and a half')).toMatchObject({ type: 'DURATION', value: 'P1.5Y' });
  });
  it("'the last month and a half' with no perfect", () => {
    expect(tagged('Sales slowed during the last month and a half.', PUB, 'the last month and a half')).toMatchObject({ type: 'DURATION', value: 'P1.5M' });
  });
});
