// "said X would <act> soon": a "would" after a verb of saying is the speaker's "will", and the vague
// "soon" counts from the day it was said, so the reported plan stays an undated expectation.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('a reported plan with a vague "soon" stays a plan', () => {
  it.each([
    ['The regulator said it would soon publish its findings on the merger.', 'The regulator said it would publish its findings on the merger'],
    ['The club chairman said the board would begin the search for a new manager as soon as possible.', 'The board would begin the search for a new manager'],
  ])('keeps "%s"', (s, label) => expect(undated(s)).toEqual([label]));
});
