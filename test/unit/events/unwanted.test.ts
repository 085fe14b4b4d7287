// A date inside what a speaker does not want, or does not need or have to do, dates nothing.
// Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2023-06-12';
const datesOf = (text: string, timexes: [string, string, ('DATE' | 'DURATION')?][]) => buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, type ?? 'DATE')), PUBLISHED).map((e) => e.when.text);

describe('a want or a need denied dates nothing', () => {
  it('drops a day inside what a firm does not need to do', () => {
    const text = 'The bakery does not need to hire extra staff next month, its owner said on Friday.';
    expect(datesOf(text, [['next month', '2023-07'], ['Friday', '2023-06-09']])).toEqual(['Friday']);
  });
  it('drops a day inside what a speaker did not want to do', () => {
    const text = '"I didn\u2019t want to miss my daughter\u2019s wedding in August," the skipper said.';
    expect(datesOf(text, [['August', '2023-08']])).toEqual([]);
  });
});
