import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';
import { tagged } from './helpers';

// What the narrative rules must not do (issue 16). Monday 2025-03-10.
const MON = '2025-03-10';

describe('tagTimexes: narrative rules stay in their place', () => {
  it("a deadline after its verb keeps looking ahead: 'must file the report by Friday'", () => {
    expect(tagged('The company must file the report by Friday.', MON, 'Friday')!.value).toBe('2025-03-14');
  });

  it("a planned event's possessive weekday keeps its verb's side: 'Saturday's final will be sold out'", () => {
    expect(tagged("Saturday's final will be sold out.", MON, 'Saturday')!.value).toBe('2025-03-15');
  });

  it("'fireworks' is not a fire: 'Sunday's fireworks will start at dusk' stays ahead", () => {
    expect(tagged("Sunday's fireworks will start at dusk.", MON, 'Sunday')!.value).toBe('2025-03-16');
  });

  it('an afternoon clock time after a named night stays on that day', () => {
    const text = 'On Friday night, the storm reached the coast. At 3 p.m., the warnings were lifted.';
    expect(tagged(text, MON, '3 p.m.')!.value).toBe('2025-03-07T15:00');
  });

  it('a clock time with no day named in the story is on the publication day', () => {
    expect(tagged('At 8:45 a.m., the first train left the station.', MON, '8:45 a.m.')!.value).toBe('2025-03-10T08:45');
  });

  it('a holiday in a projected sentence is still the next one', () => {
    expect(tagged('The shop will close over Christmas.', '2025-01-14', 'Christmas')!.value).toBe('2025-12-25');
  });

  it("'later' before a month with a plan stays a plan: 'a vote is expected later in June'", () => {
    expect(tagged('A vote is expected later in June.', '2025-09-10', 'June')!.value).toBe('2026-06');
  });
});

describe('tagTimexes: a counted offset is not a delay', () => {
  it("'Four days later, the stadium opened' still counts from the last date named", () => {
    const text = 'The roof was finished on June 2. Four days later, the stadium opened.';
    expect(tagTimexes(text, '2025-06-20').find((t) => t.text === 'Four days later')?.value).toBe('2025-06-06');
  });
});

describe('tagTimexes: "that" before a part of the day that is no time', () => {
  it('does not read "the night that" or "nights that" as a night of the story', () => {
    const t = tagTimexes('It was the night that the lights went out in the valley.', '2021-03-10');
    expect(t.some((x) => /that/i.test(x.text))).toBe(false);
  });
});
