// A change told "to A <when> from B in <base>": the figure reached keeps its period, the base's
// date is no event. Sentences written for these tests; timexes handmade so the rule is tested alone.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = (text: string, timexes: [string, string][]) =>
  buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value, 'DATE')), PUBLISHED).map((e) => e.when.text);

describe('the base of a change whose reached figure names its own period', () => {
  it('keeps last year, not the base year', () => {
    expect(datesOf('Copper exports climbed to 212,000 tonnes last year from 187,000 in 2019, the ministry said.', [['last year', '2023'], ['2019', '2019']])).toEqual(['last year']);
  });
  it('keeps the year reached, not the year before it', () => {
    expect(datesOf("The carrier's fleet grew to 41 aircraft in 2023 from 36 in 2022.", [['2023', '2023'], ['2022', '2022']])).toEqual(['2023']);
  });
  it('keeps the quarter reached when a comma comes before the base', () => {
    expect(datesOf('Orders fell to 3.1 billion dollars this quarter, from 3.6 billion in the third quarter.', [['this quarter', '2024-Q2'], ['the third quarter', '2023-Q3']])).toEqual(['this quarter']);
  });
});
