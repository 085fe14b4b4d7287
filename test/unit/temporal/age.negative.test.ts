import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What is not an age timex (issue 16).
const PUB = '2024-06-03';
const texts = (sentence: string) => tagTimexes(sentence, PUB).map((t) => t.text);

describe('tagTimexes: no age where no unit is written', () => {
  it("'aged 47' names no unit and is not tagged", () => {
    expect(texts('The driver, aged 47, was unhurt.')).toEqual([]);
  });

  it("'a 47' after a name is not tagged", () => {
    expect(texts('Smith, 47, was unhurt.')).toEqual([]);
  });

  it("'old' with no counted age before it is not tagged", () => {
    expect(texts('The old rules still apply to farms.')).toEqual([]);
  });
});
