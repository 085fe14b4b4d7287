import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// What the verb group must not do (issues 13 and 16). Tuesday 2024-10-15.
const TUE = '2024-10-15';

describe('tagTimexes: a date is not put on the wrong side of publication', () => {
  it('a weekday of a reported statement never falls after publication', () => {
    for (const day of ['Monday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
      expect(tagged(`The regulator said ${day} that the review had ended.`, TUE, day)!.value <= '2024-10-15').toBe(true);
    }
  });

  it('a weekday of a plan never falls before publication', () => {
    for (const day of ['Monday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
      expect(tagged(`The regulator will rule ${day} on the merger.`, TUE, day)!.value >= '2024-10-15').toBe(true);
    }
  });

  it("a weekday after the reported plan, not after 'says', stays ahead ('says it will appeal Friday')", () => {
    expect(tagged('The agency says it will appeal Friday.', TUE, 'Friday')!.value).toBe('2024-10-18');
  });

  it("'was due to be released' in a past narrative is not pushed to next year", () => {
    expect(tagged('The audit was due to be released in September but never appeared.', '2025-11-12', 'September')!.value).not.toBe('2026-09');
  });

  it("'the previous week' after a named day is not publication's previous week", () => {
    expect(tagged('The plant stopped on September 30. The previous week, inspectors had found a leak.', '2025-10-07', 'The previous week')!.value).not.toBe('2025-W40');
  });

  it('a suspension ended in the past before a month earlier in the year is not moved ahead', () => {
    expect(tagged('The airport was closed through February after the storm.', '2019-04-15', 'February')!.value).toBe('2019-02');
  });

  it("'stops' as a plural noun does not make a schedule: 'bus stops in March' stays the nearest March", () => {
    expect(tagged('The council moved the bus stops in March.', '2025-11-12', 'March')!.value).toBe('2025-03');
  });
});
