import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rule of infinitiveAhead.test.ts leaves alone: a decision with no day of its own, whose
// date may date the deciding, and a request or an order dated by a weekday, which news writes
// for the asking and the ordering. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: an infinitive date that stays behind the story', () => {
  it('"agreed to pay ... in May" with no day of the agreeing keeps the last May', () => {
    expect(values('The builder agreed to pay 2 million pounds in May to settle the claims.', '2023-08-10')).toEqual([['May', '2023-05']]);
  });

  it('"was told to resign on Monday" is the Monday just gone', () => {
    expect(values('The coach was told to resign on Monday.', '2023-08-10')).toEqual([['Monday', '2023-08-07']]);
  });

  it('"was ordered to pay ... on Tuesday" is the Tuesday just gone', () => {
    expect(values('The carrier was ordered to pay a fine of 40,000 euros on Tuesday.', '2023-08-10')).toEqual([['Tuesday', '2023-08-08']]);
  });
});
