import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "As early as February, Halliburton was getting poor results in lab tests ... calling the
// February tests 'preliminary'": "the" before a month and its noun points back to what the story
// told of in that month; where its own sentence tells no side, it keeps the year first given
// (read on t17/fresh1's cement story). Sentences written for these tests; published 2013-11-22.
const values = (text: string) => tagTimexes(text, '2013-11-22').map((t) => [t.text, t.value]);

describe('tagTimexes: a month named again with "the" before its noun', () => {
  it('"the March inspections" is the March the story placed', () => {
    const text = 'In March, engineers found cracks in two of the bridge piers. The operator late on Thursday evening published a long statement rejecting the inspectors\' report, calling the March inspections "incomplete" and "rushed".';
    expect(values(text).filter(([w]) => w === 'March')).toEqual([
      ['March', '2013-03'],
      ['March', '2013-03'],
    ]);
  });
});
