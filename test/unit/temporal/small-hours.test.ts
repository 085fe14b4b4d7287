import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A story is stamped with the day where it was filed; what happened abroad in the small hours
// falls on the next day there. The weekday after the stamp, told in the past with the hours
// before dawn, is that next day. Sentences written for these tests; stamped Wednesday 11 March 2026.
const values = (text: string) => tagTimexes(text, '2026-03-11').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: the small hours of the day after the stamp', () => {
  it('"sirens sounded across the port before dawn Thursday"', () => {
    expect(values('Sirens sounded across the port before dawn Thursday as the ferry burned.')).toEqual(['Thursday|2026-03-12']);
  });
  it('"the rescuers reached the village early Thursday"', () => {
    expect(values('The rescuers reached the village early Thursday, officials said.')).toEqual(['early Thursday|2026-03-12']);
  });
  it('"the convoy crossed the border at 3 a.m. Thursday"', () => {
    expect(values('The convoy crossed the border at 3 a.m. Thursday.')).toEqual(['3 a.m. Thursday|2026-03-12T03:00']);
  });
});
