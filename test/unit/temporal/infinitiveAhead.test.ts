import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// The date of an infinitive after a decision that has its own day, or after a request to come
// told in the passive, is the act decided or asked for, which lies ahead of the story. Sentences
// written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: an act decided on a day of its own lies ahead', () => {
  it('a month after "voted on Thursday to" is the coming one', () => {
    expect(values('The council voted on Thursday to reopen the ferry link in February.', '2023-11-20')).toEqual([
      ['Thursday', '2023-11-16'],
      ['February', '2024-02'],
    ]);
  });

  it('a month after "decided Monday to" is the coming one, a "not" in the infinitive too', () => {
    expect(values('The regulator decided Monday to not raise water bills in April.', '2023-06-14')).toEqual([
      ['Monday', '2023-06-12'],
      ['April', '2024-04'],
    ]);
  });
});

describe('tagTimexes: a calendar date after a request to come, told in the passive, lies ahead', () => {
  it('"was invited to testify" before a month-day', () => {
    expect(values('The former treasurer was invited to testify before the panel March 3.', '2023-02-20')).toEqual([['March 3', '2023-03-03']]);
  });

  it('"were summoned to appear" before a month-day that is earlier in the year than publication', () => {
    expect(values('Both pilots were summoned to appear at the inquiry Jan. 9.', '2023-12-28')).toEqual([['Jan. 9', '2024-01-09']]);
  });
});
