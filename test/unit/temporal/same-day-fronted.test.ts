import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "The same day", "That same day" opening a sentence is the day the narrative told last, as
// "The next day" counts from it (read on t17/fresh2's account of March 2003). Sentences written
// for these tests; published 2016-02-03.
const all = (text: string) => tagTimexes(text, '2016-02-03').map((t) => [t.text, t.value]);

describe('tagTimexes: a fronted "The same day"', () => {
  it('"The same day, the mayor resigned" is the day just told', () => {
    expect(all('The board met on May 4 2012. The same day, the mayor resigned.')).toEqual([
      ['May 4 2012', '2012-05-04'],
      ['The same day', '2012-05-04'],
    ]);
  });

  it('"That same day the court sat" after "The next day" is that next day', () => {
    expect(all('The strike began on June 2 2011. The next day, pickets gathered. That same day the court sat.')).toEqual([
      ['June 2 2011', '2011-06-02'],
      ['The next day', '2011-06-03'],
      ['That same day', '2011-06-03'],
    ]);
  });
});
