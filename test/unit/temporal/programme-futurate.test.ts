import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// Issue 13/16: a programme on a schedule is told in the futurate present ("the series presents
// its last episode on Thursday", "the film screens on Friday"): the day is ahead.
const TUE = '2019-10-08';

describe('tagTimexes: a programme presented or screened on a day', () => {
  it.each([
    ['presents', 'The series presents its final episode on Thursday.', 'Thursday', '2019-10-10'],
    ['screens', 'The restored film screens on Friday at the old cinema.', 'Friday', '2019-10-11'],
    ['broadcasts', 'The station broadcasts the debate on Wednesday night.', 'Wednesday night', '2019-10-09TNI'],
  ])('%s: the day is ahead', (_name, sentence, words, value) => {
    expect(tagged(sentence, TUE, words)?.value).toBe(value);
  });
});

describe('tagTimexes: "last" as "final" after a determiner', () => {
  it('"plays its last match on Saturday" is ahead', () => {
    expect(tagged('The club plays its last match on Saturday.', TUE, 'Saturday')?.value).toBe('2019-10-12');
  });
});
