// A long subject cut to its head and the phrases nearest it, so the label keeps its verb whole
// (longLabel.ts); date words cut out without leaving their joints (label.ts); ranges kept whole
// (shorten.ts).
import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';

function label(text: string, ...dates: string[]): string {
  const drop = dates.map((d) => ({ start: text.indexOf(d), end: text.indexOf(d) + d.length })).sort((a, b) => a.start - b.start);
  return makeLabel(text, { start: 0, end: text.length }, drop);
}

describe('a long subject gives way to its verb', () => {
  it('keeps the head, the phrases nearest it and its verb when the farther ones leave no room', () => {
    expect(label('The last chance for quickly draining the water out of the flooded tunnels beneath the old city faded on Sunday when a second pump failed.', 'on Sunday')).toBe(
      'The last chance for quickly draining the water out of the flooded tunnels faded',
    );
  });
  it('keeps a bare plural head and what it told', () => {
    expect(label('Officials at the regional water authority’s northern operations office told reporters that about 40 crews had set out on Monday.', 'on Monday')).toBe(
      'Officials told reporters that about 40 crews had set out',
    );
  });
  it('keeps the phrases nearest the head when there is room for them', () => {
    expect(label('The search for survivors across the hills to the east of the river began on Tuesday.', 'on Tuesday')).toBe('The search for survivors across the hills began');
  });
  it('drops a participle phrase on the head rather than the verb', () => {
    expect(label('An outbreak on a cruise ship owned by a Norwegian line sickened 90 passengers and crew in March.', 'in March')).toBe('An outbreak on a cruise ship sickened 90 passengers and crew');
  });
});

describe('dropped dates leave no joint behind', () => {
  it('drops "compared with" before the period a figure is compared to', () => {
    expect(label('Exports were down 4 percent in May compared with the same month last year.', 'in May', 'the same month last year')).toBe('Exports were down 4 percent');
  });
  it('drops the "into" between two dropped times', () => {
    expect(label('The queue thinned on Friday night into early Saturday morning.', 'on Friday night', 'early Saturday morning')).toBe('The queue thinned');
  });
  it('drops a "when" left at the end once the clause after it is gone', () => {
    expect(label('The coach angered the board last season when', 'last season')).toBe('The coach angered the board');
  });
});

describe('a range stays whole in a cut label', () => {
  it('does not cut between the two numbers of a range', () => {
    expect(label('Engineers at the plant said between 300 and 450 homes in the valley could lose power for two days starting on Monday.', 'on Monday')).not.toMatch(/between 300$/);
  });
});

describe('a long label keeps the names in a list and a short past', () => {
  it('drops the titles of every name in a list of officials', () => {
    expect(label('Transport Secretary Ana Ruiz, Labor Secretary Tom Okafor, FAA Administrator Lena Park and Fire Chief Dan Moss will tour the airport on Friday to meet the staff.', 'on Friday')).toMatch(/^Ana Ruiz, Tom Okafor, Lena Park and Dan Moss will tour/);
  });
  it('reads a four-letter past as a verb, so the label is cut after a whole phrase', () => {
    expect(label('A fisherman died in the harbour during a storm surge against the old sea wall near the ferry pier on Sunday.', 'on Sunday')).toBe('A fisherman died in the harbour during a storm surge');
  });
  it('reads an infinitive after the head as part of the subject, not a clause of its own', () => {
    expect(label('Any attempt to build a toll bridge over the estuary to the north of the old port would require a vote in the regional assembly on Monday.', 'on Monday')).toBe(
      'Any attempt to build a toll bridge over the estuary would require a vote',
    );
  });
});
