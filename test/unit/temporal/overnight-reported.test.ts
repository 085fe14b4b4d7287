import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "overnight" in a report of what happened is the night before the story's day; a day named
// before it that lies ahead (a plan's) is not that day (read on t17/fresh1's BBC Syria story, where
// a run-on line put "on 30 June" and "overnight" in one sentence). Sentences written for these
// tests; published Tuesday 2014-09-30.
const all = (text: string) => tagTimexes(text, '2014-09-30').map((t) => [t.text, t.value]);

describe('tagTimexes: "overnight" in a report', () => {
  it('after a summit planned for 10 October, "fighting raged overnight" is last night', () => {
    expect(all('Envoys hope to meet on 10 October. Residents said fighting raged overnight and into Tuesday.')).toEqual([
      ['10 October', '2014-10-10'],
      ['overnight', '2014-09-29TNI'],
      ['Tuesday', '2014-09-30'],
    ]);
  });
});
