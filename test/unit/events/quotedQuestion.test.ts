// A question put inside a quotation that opens after the date is the speaker's; the narration
// around it, which holds the date, tells what was done then. Sentences written for these tests;
// timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2019-03-14';
const daysOf = (text: string, words: string, value: string) =>
  buildEvents(text, [timexOf(text, words, value)], PUBLISHED).filter((e) => e.when.start).map((e) => [e.when.start, e.when.end]);

describe('a question only quoted after the date', () => {
  it('keeps the day of a quote whose nested quotation asks', () => {
    const text = "\"The whole thing began on Monday when a couple of neighbours posted on the allotment forum, 'who left the gate open?' and the thread grew from there.\"";
    expect(daysOf(text, 'Monday', '2019-03-11')).toEqual([['2019-03-11', '2019-03-11']]);
  });
  it('keeps the month of a post whose caption asks', () => {
    const text = 'In January, the brewer shared a picture of the new vats with the caption “Guess what is coming?” and a countdown.';
    expect(daysOf(text, 'January', '2019-01')).toEqual([['2019-01-01', '2019-01-31']]);
  });
  it('keeps the week in which someone turned and asked', () => {
    const text = 'When the choir rehearsed the new hymn this week, the organist leaned over and whispered, “Are we really singing this at Easter?”';
    expect(daysOf(text, 'this week', '2019-W11')).toEqual([['2019-03-11', '2019-03-14']]);
  });
});
