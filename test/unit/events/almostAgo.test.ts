// "Nearly/almost N years ago" lies a little short of the full count back: the band from the
// count to a tenth short of it (at least three months). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const daysOf = (text: string, words: string, value: string, published: string) =>
  buildEvents(text, [timexOf(text, words, value)], published).filter((e) => e.when.text === words).map((e) => [e.when.start, e.when.end]);

describe('a count of years rounded up with "nearly" or "almost"', () => {
  it('draws "almost a year ago" in a late-December page from that month to March of the year after', () => {
    expect(daysOf('The lighthouse keeper retired almost a year ago after four decades.', 'almost a year ago', '2006', '2007-12-28')).toEqual([['2006-12-01', '2007-03-31']]);
  });
  it('draws "nearly 40 years ago" as the four years short of the count', () => {
    expect(daysOf('The cooperative, which bought the mill nearly 40 years ago, still runs it.', 'nearly 40 years ago', '1984', '2024-05-15')).toEqual([['1984-05-01', '1988-05-31']]);
  });
});
