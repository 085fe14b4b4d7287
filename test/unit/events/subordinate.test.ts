// A date inside a clause a conjunction hangs on the main clause dates that clause's happening,
// which is its label (subordinate.ts). Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], PUBLISHED).map((e) => e.label);

describe('a date in a clause of its own labels that clause', () => {
  it('labels the "when" clause, its "she" named by the main clause’s subject', () => {
    expect(labelsOf('Rosa Diaz was a junior clerk when she joined the county court in 2009.', '2009', '2009')).toEqual(['Rosa Diaz joined the county court']);
  });
  it('labels the "since" clause, not the state it measures', () => {
    expect(labelsOf('Ferry traffic has slowly recovered since the harbour authority reopened the north quay last year.', 'last year', '2023')).toEqual([
      'The harbour authority reopened the north quay',
    ]);
  });
  it('labels a fronted "when" clause whose main clause tells no happening', () => {
    expect(labelsOf('When Okafor won the mayoralty in 2019, many residents expect he will stay.', '2019', '2019')).toEqual(['Okafor won the mayoralty']);
  });
  it('names an "it" by the nearest clause’s subject when that is a thing', () => {
    expect(labelsOf('The old tanker will fly the flag of Panama when it reaches Colón on Friday.', 'Friday', '2024-05-17')).toEqual(['The old tanker reaches Colón']);
  });
  it('names an "it" by the nearest thing when the subject is a speaker', () => {
    expect(labelsOf('The governor said she was opening the new toll road after it was inspected over the weekend.', 'over the weekend', '2024-05-11')).toEqual([
      'The new toll road was inspected',
    ]);
  });
  it('names a "their" by a thing of its number', () => {
    expect(labelsOf('The two nurses will stay at the clinic until their visas expire in June.', 'June', '2024-06')).toEqual(['The two nurses’ visas expire']);
  });
  it('labels a clause before the day it names ("before X happened on DATE, ...")', () => {
    expect(labelsOf('Early in March, before the levee failed on March 20, most farmers had planted.', 'March 20', '2024-03-20')).toEqual(['The levee failed']);
  });
});

describe('a clause that opens its sentence', () => {
  it('names its "she" from the sentence before', () => {
    const text = 'Mara Velde runs the port. When she testifies on Friday, the hearing will be packed.';
    expect(labelsOf(text, 'Friday', '2024-05-17')).toEqual(['Mara Velde testifies']);
  });
});
