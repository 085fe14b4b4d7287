import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A weekday in a name ("the Sunday Times") and "this" before a weekday (issue 16, read on the 1987
// wire splits reuters/fresh6-fresh11 after their first scores). Sentences written for these tests;
// negative cases in weekday-words.negative.test.ts.
const WED = '1987-05-13'; // a Wednesday
const values = (text: string, published = WED) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a weekday in a newspaper\'s name', () => {
  it('"the Sunday Telegraph" and "the Mail on Sunday" are papers; "on Sunday" beside them is the day', () => {
    expect(values('The Sunday Telegraph and the Mail on Sunday both ran the survey on Sunday.', '1987-05-12')).toEqual([['Sunday', '1987-05-10']]);
  });
});

describe('tagTimexes: "this" before a weekday', () => {
  it('"this Thursday" is publication\'s week, not a day after a date the story named', () => {
    const text = 'The inquiry began on 4 March 1986. The two officials are due in court this Thursday.';
    expect(tagTimexes(text, '1987-05-12').map((t) => [t.text, t.value])).toEqual([['4 March 1986', '1986-03-04'], ['this Thursday', '1987-05-14']]);
  });
});
