import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "because I was just born yesterday": the idiom of not being naive, said of oneself or one's
// reader, names no day (read on t17/fresh1's readers' comments). Sentences written for these tests.
const texts = (text: string) => tagTimexes(text, '2016-02-03').map((t) => t.text);

describe('tagTimexes: "born yesterday" as an idiom', () => {
  it('"we weren\'t born yesterday" is not tagged', () => {
    expect(texts("Voters know the tricks; we weren't born yesterday.")).toEqual([]);
  });
});
