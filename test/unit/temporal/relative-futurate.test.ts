import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// Issue 13/16: the futurate present after a relative pronoun ("councillors, most of whom face
// re-election in May") is a timetabled event ahead, as after "they".
const PUB = '2019-01-08';

describe('tagTimexes: a scheduled event in the present after "who"/"whom"', () => {
  it.each([
    ['many of whom face', 'The councillors, most of whom face re-election in May, backed the budget.', 'May', '2019-05'],
    ['who go', 'Farmers who go to the trade fair in March will see the new tractors.', 'March', '2019-03'],
  ])('%s: the month is ahead', (_name, sentence, words, value) => {
    expect(tagged(sentence, PUB, words)?.value).toBe(value);
  });
});
