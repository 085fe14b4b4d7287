import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rules of this class must leave alone. The class: "current" and "over" in wire copy: when
// they make or keep a time, and when they are plain words (issue 16). Sentences written for these
// tests.
const WED = '1987-05-13'; // a Wednesday

describe('tagTimexes: "current" and "over" that keep their readings', () => {
  it('"the current market slump" keeps its present reference', () => {
    expect(tagTimexes('The current market slump deepened.', WED).map((t) => t.value)).toEqual(['PRESENT_REF']);
  });

  it('"lasted over two years" stays more than two years', () => {
    expect(tagTimexes('The strike lasted over two years.', WED).map((t) => [t.text, t.mod])).toEqual([['over two years', 'MORE_THAN']]);
  });
});
