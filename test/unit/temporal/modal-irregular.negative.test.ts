import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// With no modal before it the irregular past is a past act. Sentences written for these tests;
// published Tuesday 7 June 1988.
const values = (text: string) => tagTimexes(text, '1988-06-07').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: an irregular participle after a modal, negative cases', () => {
  it('"the board held the vote on July 2" is the July gone', () => {
    expect(values('The board held the vote on July 2.')).toEqual(['July 2|1987-07-02']);
  });
});
