import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// After a word of quantity a participle describes the noun it counts ("some experienced depth",
// "more subdued growth"), no past act. Sentences written for these tests; published Wednesday
// 1 April 2026.
const values = (text: string) => tagTimexes(text, '2026-04-01').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: a participle after a word of quantity is no past', () => {
  it('"grew in March, at a more subdued pace than in January": January is this year\'s, the latest', () => {
    expect(values('Factory output grew in March, at a more subdued pace than in January.')).toEqual(['March|2026-03', 'January|2026-01']);
  });
  it('"will need some skilled crews in May": ahead', () => {
    expect(values('The builder will need some skilled crews in May.')).toEqual(['May|2026-05']);
  });
});
