import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// An appointment told in the past ("was scheduled for", "had been set for", "were fixed for") is
// the plan as it stood; news names its day from where the story stands, the nearest one, so a day
// a few weeks ahead is not last year's (tense.ts, SET_FOR_PAST). Sentences written for these
// tests; published Thursday 2025-02-13.
const PUB = '2025-02-13';

describe('tagTimexes: a day appointed in the past is the nearest one', () => {
  it.each([
    ['"had been set for" a day ahead', 'The walkout dates had been set for March 4 and March 11, the union said.', 'March 4', '2025-03-04'],
    ['"was scheduled for" a day ahead', 'The ferry inspection was scheduled for February 27.', 'February 27', '2025-02-27'],
    ['"were fixed for" a month ahead', 'The two recitals were fixed for April, organisers said.', 'April', '2025-04'],
    ['"was scheduled for" a day gone', 'The ferry inspection was scheduled for January 30 and went ahead.', 'January 30', '2025-01-30'],
  ])('%s', (_name, sentence, words, value) => {
    expect(tagged(sentence, PUB, words)?.value).toBe(value);
  });
});
