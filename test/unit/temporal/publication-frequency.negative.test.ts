import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A figure kept per period still states a rate. Sentences written for these tests.
const sets = (text: string) => tagTimexes(text, '1992-05-20').filter((t) => t.type === 'SET').map((t) => t.text);

describe('tagTimexes: how often a report is issued, negative cases', () => {
  it('"its weekly crude output rose" keeps the rate', () => {
    expect(sets('Its weekly crude output rose to 1.2 mln barrels.')).toEqual(['weekly']);
  });
});
