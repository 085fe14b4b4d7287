// What the relative-clause-on-an-object rule must leave alone (relative.ts).
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], '2024-05-15').map((e) => e.label);

describe('a relative clause that does not hold the date', () => {
  it('keeps the main clause when the date is outside the relative clause', () => {
    expect(labelsOf('The club signed Piet Vos, who plays in midfield, on Tuesday.', 'Tuesday', '2024-05-14')).not.toContain('Piet Vos plays in midfield');
  });
});

describe('a relative clause that is no fact about a noun', () => {
  it('leaves a "which" that stands for the whole clause before ("which would mean")', () => {
    expect(labelsOf('The striker was seen boarding a ferry from Calais, which would mean he left France on Sunday.', 'Sunday', '2024-05-12')).not.toContain('Calais would mean he left France');
  });
  it('leaves a relative clause with a subject of its own', () => {
    expect(labelsOf('The mayor defended the plan, which critics attacked on Monday, at a hearing.', 'Monday', '2024-05-13')).not.toContain('The plan attacked');
  });
  it('leaves a period whose end the date gives to the main clause', () => {
    expect(labelsOf('Profits at the chain rose 12 percent in the last quarter, which ended March 31.', 'March 31', '2024-03-31')).toEqual(['Profits at the chain rose 12 percent in the last quarter']);
  });
});

describe('a "which" after a place', () => {
  it('is not told of a place after a preposition', () => {
    expect(labelsOf('Rain is spreading across the valley and over the Channel, which could see gales by the weekend, forecasters said.', 'the weekend', '2024-W20-6')).not.toContain('The Channel could see gales');
  });
  it('is not told of a region after its city’s comma', () => {
    expect(labelsOf('Hail hit Austin, Texas, which was expected to see more storms on Wednesday evening.', 'Wednesday evening', '2024-05-15')).not.toContain('Texas was expected to see more storms');
  });
  it('is not told of a clause before it whose verb the tagger reads', () => {
    expect(labelsOf('Bruno Silva added 12 for Ridgeway Academy, which on Tuesday moved to the top of the state rankings.', 'Tuesday', '2024-05-14')).not.toContain('Bruno Silva added 12 for Ridgeway Academy moved to the top of the state rankings');
  });
});

describe('a relative clause whose comma opens a list, not the main clause', () => {
  it('does not join the clause before to the list', () => {
    expect(labelsOf('She has kept up her routine, which includes swimming, yoga and training for a marathon this month.', 'this month', '2024-05')).not.toContain('She has kept up her routine yoga and training for a marathon');
  });
});

describe('a "whose" clause with a subject of its own', () => {
  it('is not told of the owner', () => {
    expect(labelsOf('The party will quit if the deal cedes any part of Brenna, whose northern half Dalmar seized in the 1998 war.', '1998', '1998').join()).not.toMatch(/^Brenna’s/);
  });
});

describe('a date in a clause of its own inside the relative clause', () => {
  it('is not the relative clause’s', () => {
    expect(labelsOf('Lee will start in place of the injured Ana Ruiz, who is with the national squad ahead of the Cup which opens in Lagos on May 20.', 'May 20', '2024-05-20')).not.toContain('Ana Ruiz is with the national squad ahead');
  });
});
