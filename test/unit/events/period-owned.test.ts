// A period's possessive before a happening keeps the period's dates: "last month's election",
// "this week's talks"; and a figure of the period keeps them too. Sentences written for these
// tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2025-09-10';
const datesOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).map((e) => [e.when.text, e.when.start]);

describe('a period’s possessive before a happening dates it', () => {
  it('keeps the month of an election', () => {
    expect(datesOf('Turnout in last month’s mayoral election fell to a record low.', [['last month', '2025-08']])).toEqual([['last month', '2025-08-01']]);
  });
  it('keeps the week of talks', () => {
    expect(datesOf('Delegates left this week’s fisheries talks without a deal.', [['this week', '2025-W37']])).toEqual([['this week', '2025-09-08']]);
  });
  it('keeps the year of a survey', () => {
    expect(datesOf('Last year’s river survey counted 40 otters.', [['Last year', '2024']])).toEqual([['Last year', '2024-01-01']]);
  });
  it('keeps the week of a doing named by its noun', () => {
    expect(datesOf('Storms were the reason for last week’s cancellation of the regatta.', [['last week', '2025-W36']])).toEqual([['last week', '2025-09-01']]);
  });
  it('keeps the year of an awards night named with an ampersand', () => {
    expect(datesOf('The station broadcast live from this year’s Folk & Roots Awards.', [['this year', '2025']])).toEqual([['this year', '2025-01-01']]);
  });
  it('keeps the week gone of a happening no list names', () => {
    expect(datesOf('Last week’s late comeback by the visitors stunned the home crowd.', [['Last week', '2025-W36']])).toEqual([['Last week', '2025-09-01']]);
  });
  it('keeps the year of a figure', () => {
    expect(datesOf('Last year’s revenue reached $4 million.', [['Last year', '2024']])).toEqual([['Last year', '2024-01-01']]);
  });
});
