import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// A fronted stretch of days told in the past stays in the week gone. Sentences are written for
// these tests.
const PUB = '2026-06-09'; // a Tuesday

describe('a fronted stretch told in the past', () => {
  const sentence = 'On Sunday night into Monday, the river rose two metres and closed the ferry.';
  it('its first day is the one gone', () => {
    expect(tagged(sentence, PUB, 'Sunday night')?.value ?? tagged(sentence, PUB, 'Sunday')?.value).toMatch(/^2026-06-07/);
  });
  it('its second day is the one gone', () => {
    expect(tagged(sentence, PUB, 'Monday')?.value).toBe('2026-06-08');
  });
  it("'For Monday night,' with a past report", () => {
    expect(tagged('For Monday night, the control room logged 40 calls about fallen trees.', PUB, 'Monday night')?.value ?? tagged('For Monday night, the control room logged 40 calls about fallen trees.', PUB, 'Monday')?.value).toMatch(/^2026-06-08/);
  });
});
