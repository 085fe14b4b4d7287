// "more than 1,000", "fewer than half": an amount in a plan is no comparison, and "earlier than
// expected" says when a thing arranged will come, not how it compares. Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('an amount or a timing in a plan', () => {
  it.each([
    ['The water board will recruit more than 300 inspectors to check private wells.', 'The water board will recruit more than 300 inspectors'],
    ['The airline will retire fewer than half of its turboprops.', 'The airline will retire fewer than half of its turboprops'],
    ['The regulator said it would publish its audit findings sooner than planned.', 'The regulator said it would publish its audit findings sooner than planned'],
  ])('keeps "%s"', (s, label) => expect(undated(s)).toEqual([label]));
});
