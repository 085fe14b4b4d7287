import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Where a month of an earlier year still sets the narrative's year (figure-beside.test.ts): a
// date that is a step of the story, not a figure's base. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a month of an earlier year told as a step of the story still carries its year', () => {
  it('"the plant was shut in June 1985 ... In August, it was sold": August 1985', () => {
    expect(values('The plant was shut in June 1985 after a fire. In August, it was sold to a rival.', '1987-03-02')).toEqual([
      ['June 1985', '1985-06'],
      ['August', '1985-08'],
    ]);
  });

  it('"and a gain of nerve in March 1985" names no figure: the next month is that year\'s', () => {
    expect(values('The firm showed a loss of heart in January and a gain of nerve in March 1985. In May it floated its shares.', '1987-03-02').map(([, v]) => v)).toEqual(['1987-01', '1985-03', '1985-05']);
  });
});
