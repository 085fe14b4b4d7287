import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// The day itself stays: "Today the show opens", "Fox News reported on Sunday". Sentences written
// for these tests; published 2016-02-03 (a Wednesday).
const all = (text: string) => tagTimexes(text, '2016-02-03').map((t) => [t.text, t.value]);

describe('tagTimexes: a show named by a time word, negative cases', () => {
  it('"Today the show opens" is the day', () => {
    expect(all('Today the show opens in Leeds.')).toEqual([['Today', '2016-02-03']]);
  });

  it('"Fox News reported on Sunday" is the Sunday', () => {
    expect(all('Fox News reported on Sunday that the bill had stalled.')).toEqual([['Sunday', '2016-01-31']]);
  });
});
