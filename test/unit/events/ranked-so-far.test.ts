// What the ranking rule must leave: "the latest" happening dated by its period, and a
// superlative beside a period that dates the happening itself. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = dateWordsWith(PUBLISHED);

describe('a period beside a superlative that still dates a happening', () => {
  it('keeps the week of the latest raid, told with its own verb', () => {
    expect(datesOf('The latest raid this week destroyed two depots near the border.', [['this week', '2024-W20']])).toEqual(['this week']);
  });
  it('keeps a month named after the thing ranked', () => {
    expect(datesOf('The lender booked its biggest loss in March.', [['March', '2024-03']])).toEqual(['March']);
  });
  it('keeps a year that follows an infinitive after the superlative', () => {
    expect(datesOf('She became the youngest player to win the title this year.', [['this year', '2024']])).toEqual(['this year']);
  });
  it('keeps a week that dates the verb of a superlative’s object', () => {
    expect(datesOf('The storm will cause its heaviest damage this week when it reaches the coast.', [['this week', '2024-W20']])).toEqual(['this week']);
  });
  it('keeps a week after a thing ranked in its own adjective', () => {
    expect(datesOf('Investors sold shares of the second-biggest bank this week.', [['this week', '2024-W20']])).toEqual(['this week']);
  });
});
