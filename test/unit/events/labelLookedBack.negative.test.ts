// What a looked-back happening must not take: a verb that makes the happening on its date keeps
// its clause, and an object that is no happening, or a phrase that runs on into a clause, is left
// to the clause's label.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], '2024-05-15').map((e) => e.label);

describe('the clause keeps its date', () => {
  it.each([
    ['The two leaders held a summit in Oslo in March.', 'March', '2024-03', 'The two leaders held a summit in Oslo'],
    ['Labour won the election in 1997 by a landslide.', '1997', '1997', 'Labour won the election by a landslide'],
    ['The council praised the new library in April.', 'April', '2024-04', 'The council praised the new library'],
  ])('%j', (text, words, value, label) => {
    expect(labelsOf(text, words, value)).toEqual([label]);
  });
  it('names no owner it cannot find: the happening stands alone', () => {
    const text = 'Output at the plant has halved since its closure in 2021.';
    expect(labelsOf(text, '2021', '2021')).toEqual(['The closure']);
  });
  it('takes no adverb opening the sentence for the owner', () => {
    const text = 'Soon after her election in 2019, the senator hired new staff.';
    expect(labelsOf(text, '2019', '2019')[0]).not.toMatch(/^Soon/);
  });
  it('leaves a weekday to the looking back', () => {
    const text = 'The minister condemned the attack on the depot on Friday.';
    expect(labelsOf(text, 'Friday', '2024-05-10')).toEqual(['The minister condemned the attack on the depot']);
  });
  it('leaves a phrase that holds a clause of its own', () => {
    const text = 'Residents recalled the flood that swept the valley in 1953.';
    expect(labelsOf(text, '1953', '1953')[0]).not.toMatch(/^The flood that/);
  });
});
