// Where a date beside an event noun still dates the clause's verb: the noun phrase is the
// clause's subject, it sets the clause's scene, or another preposition leaves the date to the verb.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], '2024-05-15').map((e) => e.label);

describe('the clause keeps its label', () => {
  it.each([
    ['In an interview last week, the mayor promised that repairs would start soon.', 'last week', '2024-W19', 'The mayor promised that repairs would start soon'],
    ['The reporter wrote that at a meeting on March 4, the minister backed the plan.', 'March 4', '2024-03-04', 'The minister backed the plan'],
    ['Divers placed the boom on top of the leak in early April.', 'early April', '2024-04', 'Divers placed the boom on top of the leak'],
  ])('%j', (text, words, value, label) => {
    expect(labelsOf(text, words, value)).toEqual([label]);
  });
});

describe('a clause told at a happening keeps its label', () => {
  it('keeps "The minister spoke at Tuesday’s meeting"', () => {
    expect(labelsOf('The minister spoke at Tuesday’s meeting of the harbour board.', 'Tuesday', '2024-05-14')).toEqual(['The minister spoke at the meeting of the harbour board']);
  });
});

describe('a compound whose head is no happening', () => {
  it('keeps the clause for "Friday’s death toll"', () => {
    expect(labelsOf('Rights groups put Friday’s death toll at 62.', 'Friday', '2024-05-10')).toEqual(['Rights groups put the death toll at 62']);
  });
});

describe('a happening with a phrase that still leaves the date to the clause', () => {
  it.each([
    // within the happening: the clause's verb is on its date too
    ['The envoy promised aid during a visit to the flooded valley on Friday.', 'Friday', '2024-05-10', 'The envoy promised aid during a visit to the flooded valley'],
    // a "to" that opens a verb: the decision is the clause's, not a place's
    ['Fares rose after its decision to drop the subsidy in March.', 'March', '2024-03', 'Fares rose after its decision to drop the subsidy'],
  ])('%j', (text, words, value, label) => {
    expect(labelsOf(text, words, value)).toEqual([label]);
  });
});
