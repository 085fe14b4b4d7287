// "..., which is why ...", "..., which means ...": a "which" that stands for the whole clause
// before introduces a consequence in a clause of its own; a date inside that clause dates it, and
// it is the label, not a fact about the noun before the comma (relativeOnNoun.ts, statementLabel.ts).
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], '2024-05-15').map((e) => e.label);

describe('a date in the consequence of a sentential "which"', () => {
  it('labels the clause after "which is why"', () => {
    expect(labelsOf('The mill lost its licence, which is why 300 workers will be laid off next month.', 'next month', '2024-06')).toEqual(['300 workers will be laid off']);
  });
  it('labels the clause after "which means"', () => {
    expect(labelsOf('The bridge was shut, which means the fair will open late on Friday.', 'Friday', '2024-05-17')).toEqual(['The fair will open']);
  });
  it('labels the clause after "which was why", an attribution after it left out', () => {
    expect(labelsOf('The firm missed the filing date, which was why the board met on Monday, aides said.', 'Monday', '2024-05-13')).toEqual(['The board met']);
  });
  it('is not told of the noun before the comma', () => {
    expect(labelsOf('There is no route left to the title, which is why the club is selling its striker this week.', 'this week', '2024-W20')).toEqual(['The club is selling its striker']);
  });
});

describe('a sentence that opens on "This is why" or "That’s how"', () => {
  it('labels what follows', () => {
    expect(labelsOf('This is why Corvell moved its plant to Ohio last year.', 'last year', '2023')).toEqual(['Corvell moved its plant to Ohio']);
    expect(labelsOf('That’s how the ferry deal fell apart on Friday.', 'on Friday', '2024-05-10')).toEqual(['The ferry deal fell apart']);
  });
});
