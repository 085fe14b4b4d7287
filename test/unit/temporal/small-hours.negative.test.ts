import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Without the hours before dawn, or for another weekday, a past weekday is the one before the
// stamp. Sentences written for these tests; stamped Wednesday 11 March 2026.
const values = (text: string) => tagTimexes(text, '2026-03-11').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: past weekdays near the stamp, negative cases', () => {
  it('"the ferry burned on Thursday": six days back', () => {
    expect(values('The ferry burned on Thursday.')).toEqual(['Thursday|2026-03-05']);
  });
  it('"the rescuers reached the village early Tuesday": the day before the stamp', () => {
    expect(values('The rescuers reached the village early Tuesday.')).toEqual(['early Tuesday|2026-03-10']);
  });
  it('"the convoy crossed the border at 9 p.m. Thursday": an evening hour', () => {
    expect(values('The convoy crossed the border at 9 p.m. Thursday.')).toEqual(['9 p.m. Thursday|2026-03-05T21:00']);
  });
});
