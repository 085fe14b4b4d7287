// Wire copy attributes with "quoted X as saying": "The agency quoted an official as saying troops
// had left". It attributes as "said" does, and the label is what was said (label.ts, LEADING_SPEECH);
// a degree word between a date's preposition and the date goes with them ("until just a week ago").
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';
import { makeLabel } from '../../../src/lib/events/label';

const labels = (text: string, published = '2024-05-20') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

function label(text: string, date: string): string {
  const at = text.indexOf(date);
  return makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + date.length }]);
}

describe('"quoted X as saying"', () => {
  it('labels what was said', () => {
    expect(labels('The state radio quoted a port official as saying two tankers had docked at Aden on Sunday.')).toContain('Two tankers had docked at Aden');
  });
  it('with its "that"', () => {
    expect(label('A club statement quoted the manager Ivo Kral as saying that Petrov would start in goal on Saturday.', 'Saturday')).toBe('Petrov would start in goal');
  });
});

describe('a degree word between a preposition and its date', () => {
  it('goes with them', () => {
    expect(label('The clinic stayed open until just a week ago.', 'a week ago')).toBe('The clinic stayed open');
  });
});
