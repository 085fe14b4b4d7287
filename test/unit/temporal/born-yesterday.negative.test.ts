import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A birth the story reports keeps its day. Sentences written for these tests.
const all = (text: string) => tagTimexes(text, '2016-02-03').map((t) => [t.text, t.value]);

describe('tagTimexes: "born yesterday" as an idiom, negative cases', () => {
  it('"a foal born yesterday" is yesterday', () => {
    expect(all('The zoo said a zebra foal was born yesterday.')).toEqual([['yesterday', '2016-02-02']]);
  });
});
