import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rules of this class must leave alone. The class: the base a comparison counts from: the
// period reported, not a record's or a change's base; a level set against at a month's or a year's
// end is no step of the story (issue 16). Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a date the story moves to still sets its time', () => {
  it('"a month later" after "in March 1985" with no record or change counts from March 1985', () => {
    expect(values('The mine opened in March 1985. A month later it flooded.', '1987-05-04')).toEqual([
      ['March 1985', '1985-03'],
      ['A month later', '1985-04'],
    ]);
  });
});

describe('tagTimexes: a step of a narrative still carries the story on', () => {
  it('"A month earlier" that opens a sentence, with no figure set against it, sets the time a second step counts from', () => {
    expect(values('The mill closed in June 1985. A month earlier it had cut jobs. A month earlier still, it lost its lender.', '1987-05-04')).toEqual([
      ['June 1985', '1985-06'],
      ['A month earlier', '1985-05'],
      ['A month earlier', '1985-04'],
    ]);
  });
});

describe('tagTimexes: "down on" with no figure before a dated month', () => {
  it('"went back down on the night shift in April 1987" is a step of the story: June follows it', () => {
    expect(values('The miners went back down on the night shift in April 1987. In June they struck again.', '1988-05-10')).toEqual([
      ['April 1987', '1987-04'],
      ['June', '1987-06'],
    ]);
  });
});
