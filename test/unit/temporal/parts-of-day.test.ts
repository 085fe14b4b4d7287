import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A part of the story's day named with "in the" ("in the afternoon", "late last night") (issue 16,
// read on the 1987 wire splits reuters/fresh6-fresh11 after their first scores). Sentences written
// for these tests; negative cases in parts-of-day.negative.test.ts.


describe('tagTimexes: a part of the story\'s day named with "in the"', () => {
  it('"struck the depot in the afternoon" in a past report is that afternoon of the story\'s day', () => {
    expect(tagTimexes('BEIRUT, June 4 - Jets struck the fuel depot in the afternoon, the army said.', '1987-06-04').map((t) => [t.text, t.type, t.value])).toEqual([
      ['June 4', 'DATE', '1987-06-04'],
      ['the afternoon', 'TIME', '1987-06-04TAF'],
    ]);
  });

  it('"late last night" is one span, the night before publication', () => {
    expect(tagTimexes('The strike was called off late last night, a union official said.', '1987-06-04').map((t) => [t.text, t.value])).toEqual([['late last night', '1987-06-03TNI']]);
  });
});
