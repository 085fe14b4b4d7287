import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// The pasts that do end in -eed (agreed, freed, guaranteed) still date back. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a past in -eed still is one', () => {
  it('reads "agreed on Friday" as the Friday just gone', () => {
    expect(values('The dockers agreed on Friday to end their strike.', '2024-05-16')).toEqual([['Friday', '2024-05-10']]);
  });
});
