import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What a clause is done ahead of lies after the clause's own time: "met on Saturday ahead of the
// Nov. 3 vote" says nothing, by its past, of which side of publication Nov. 3 falls, so the date
// is the nearest one (issue 13's wrong direction, read on a development folder's page).
// Sentences written for these tests.
const valueOf = (text: string, published: string, words: string) => tagTimexes(text, published).find((t) => t.text === words)?.value;

describe('tagTimexes: a date after "ahead of" is the nearest', () => {
  it('a vote two weeks after a past debate is this year’s', () => {
    expect(valueOf('The party leaders met for a televised debate on Saturday ahead of the Nov. 3 vote.', '2024-10-20', 'Nov. 3')).toBe('2024-11-03');
  });
  it('a report later in the week is this week’s', () => {
    expect(valueOf('Shares slipped on Tuesday ahead of Friday’s jobs report.', '2024-05-15', 'Friday')).toBe('2024-05-17');
  });
  it('a deadline already passed stays this year’s', () => {
    expect(valueOf('Negotiators met on Monday in the run-up to the March 2 deadline.', '2024-03-05', 'March 2')).toBe('2024-03-02');
  });
});
