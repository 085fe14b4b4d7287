import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rules of this class must leave alone. The class: a weekday in a name ("the Sunday Times")
// and "this" before a weekday (issue 16). Sentences written for these tests.
const WED = '1987-05-13'; // a Wednesday
const values = (text: string, published = WED) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a weekday in a name, and its part of day', () => {
  it('"Sunday Times Square" keeps its Sunday, and "Sunday morning" is a time', () => {
    expect(values('The parade crossed on Sunday Times Square, police said.', '1987-05-12')).toEqual([['Sunday', '1987-05-10']]);
  });
});
