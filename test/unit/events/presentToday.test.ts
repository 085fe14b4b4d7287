// An opening "Today" keeps its day when the sentence tells something done or about to be done on
// it: a past, a progressive, a future or a modal, a plan's "is to", or the day as the subject.
// Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2024-04-23';
const datesOf = dateWordsWith(PUBLISHED);

describe('an opening "Today" that dates a happening', () => {
  it('keeps a past', () => {
    expect(datesOf('Today, the harbour authority said it would reopen the northern quay.', [['Today', '2024-04-23']])).toEqual(['Today']);
  });
  it('keeps a future', () => {
    expect(datesOf('Today the orchestra will play its last concert in the old hall.', [['Today', '2024-04-23']])).toEqual(['Today']);
  });
  it('keeps a progressive', () => {
    expect(datesOf('Today, divers are searching the lake for the missing canoeist.', [['Today', '2024-04-23']])).toEqual(['Today']);
  });
  it('keeps a plan told with "is to"', () => {
    expect(datesOf('Today the minister is to open the new bridge at Kelso.', [['Today', '2024-04-23']])).toEqual(['Today']);
  });
  it('keeps a present perfect of a thing just done', () => {
    expect(datesOf('Today, the bank has closed its last branch in the town.', [['Today', '2024-04-23']])).toEqual(['Today']);
  });
  it("keeps the day's own news named by its possessive", () => {
    expect(datesOf("Today's losses mean that the airline's value has fallen by a third since the strike began.", [['Today', '2024-04-23']])).toEqual(['Today']);
  });
  it('keeps a present that is not the sentence opening', () => {
    expect(datesOf('The council votes today on the harbour levy.', [['today', '2024-04-23']])).toEqual(['today']);
  });
});
