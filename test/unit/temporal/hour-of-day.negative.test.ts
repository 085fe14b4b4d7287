import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "later" after a count is the count's, and "the morning of" an event names no calendar day.
// Sentences written for these tests; published Friday 2015-09-11.
const texts = (text: string) => tagTimexes(text, '2015-09-11').map((t) => t.text);

describe('tagTimexes: an hour or a part of the day named with it, negative cases', () => {
  it('"three days later Monday" keeps the count apart from the day', () => {
    expect(texts('The crew left on a Friday and returned three days later Monday.')).not.toContain('later Monday');
  });

  it('"the morning of the storm" is not tagged as a day', () => {
    expect(texts('Ferries stopped running on the morning of the storm.')).toEqual([]);
  });
});
