// What must NOT become an event: a judgment put with an empty "it" about what may or may not
// have happened. Sentences are written for these tests; timexes are handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], PUBLISHED).map((e) => e.label);

describe('an empty "it" weighing or doubting a proposition is no event', () => {
  it.each([
    ['It is not clear whether the ferry left port on Monday.', 'on Monday', '2024-05-13'],
    ['It is too early to say if the April floods will raise insurance costs.', 'April', '2024-04'],
    ['It was impossible to know on Tuesday how many berths the storm had wrecked.', 'on Tuesday', '2024-05-14'],
    ['It is hard to imagine a worse start to the season than last week’s.', 'last week', '2024-W19'],
    ['It remains unclear what caused the pier to collapse in March.', 'in March', '2024-03'],
  ])('%j', (text, words, value) => {
    expect(labelsOf(text, words, value)).toEqual([]);
  });
});

describe('an empty "it" that only sets the scene is no event', () => {
  it('drops "It was Sunday evening"', () => {
    expect(labelsOf('It was Sunday evening, just after six.', 'Sunday evening', '2024-05-12TEV')).toEqual([]);
  });
});
