// A date inside a participle after a noun dates what the participle tells; where the clause
// around it opens on a pronoun no timeline reader can place, that happening is the label.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], '2024-05-15').map((e) => e.label);

describe('a pronoun’s clause around a reduced relative is labelled by the relative’s happening', () => {
  it('names the agent after the date', () => {
    expect(labelsOf('Grain prices fell. This comes despite a survey published on Monday by the Farmers Union.', 'Monday', '2024-05-13')).toEqual(['The Farmers Union published a survey']);
  });
  it('names the agent before the date', () => {
    expect(labelsOf('Grain prices fell. It follows a warning issued by the Met Office on Tuesday.', 'Tuesday', '2024-05-14')).toEqual(['The Met Office issued a warning']);
  });
  it('says the thing was done when no agent is named', () => {
    expect(labelsOf('Grain prices fell. This follows a ruling handed down and a notice posted last week.', 'last week', '2024-W19')).toEqual(['A notice was posted']);
  });
});

describe('a clause with its own subject keeps its label', () => {
  it('keeps "Traders shrugged off a survey published on Monday"', () => {
    expect(labelsOf('Traders shrugged off a survey published on Monday by the Farmers Union.', 'Monday', '2024-05-13')).toEqual(['Traders shrugged off a survey published by the Farmers Union']);
  });
});
