import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A month named again whose own sentence tells its side, or named without "the", is read by its
// sentence. Sentences written for these tests; published 2013-11-22.
const values = (text: string) => tagTimexes(text, '2013-11-22').map((t) => [t.text, t.value]);

describe('tagTimexes: a month named again with "the" before its noun, negative cases', () => {
  it('a March ahead told by "will" keeps its future', () => {
    const text = 'In March, engineers found cracks in the piers. The operator will publish the March inspection results again once the repairs are done.';
    expect(values(text).filter(([w]) => w === 'March')).toEqual([
      ['March', '2013-03'],
      ['March', '2014-03'],
    ]);
  });
});
