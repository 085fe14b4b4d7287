// Labels that end whole where a date or an aside went: the "into" between two times goes with
// them (label.ts), and a cut before an "-ing" word after a comma does not strand a subordinator
// (shorten.ts).
import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';
import { shorten } from '../../../src/lib/events/shorten';

function label(text: string, ...dates: string[]): string {
  const drop = dates.map((d) => ({ start: text.indexOf(d), end: text.indexOf(d) + d.length })).sort((a, b) => a.start - b.start);
  return makeLabel(text, { start: 0, end: text.length }, drop);
}

describe('joints left by dropped dates and cuts', () => {
  it('drops an "into early" between two times the tagger read without "early"', () => {
    expect(label('The crowd thinned out Saturday night into early Sunday morning.', 'Saturday night', 'Sunday morning')).toBe('The crowd thinned out');
  });
  it('does not cut after a subordinator and its comma', () => {
    expect(shorten('The mayor upset the unions and the council when, speaking on local radio, she called the strike illegal')).not.toMatch(/\bwhen$/);
  });
  it('does not cut inside an aside that interrupts a subordinator', () => {
    expect(shorten('The board’s plans were brought forward when, on a wet afternoon in the spring, the chairman was voted out')).toBe('The board’s plans were brought forward');
  });
  it('cuts before a subordinator written with its comma', () => {
    expect(shorten('The mayor upset the unions and the council where, at a hearing on the budget, she called the strike illegal')).toBe('The mayor upset the unions and the council');
  });
});
