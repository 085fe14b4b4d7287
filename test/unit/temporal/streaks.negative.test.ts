import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the streak and ranking rules must not tag (issue 16). Thursday 2024-02-15.
const THU = '2024-02-15';
const texts = (sentence: string) => tagTimexes(sentence, THU).map((t) => t.text);

describe('tagTimexes: no streak where none is counted', () => {
  it("'the fourth day of the strike' counts from an event and is not tagged as the story's day", () => {
    expect(texts('Pickets marked the fourth day of the strike with a rally.')).toEqual([]);
  });

  it("'the first day in office' is no ranking", () => {
    expect(texts('It was her first day in office.')).toEqual([]);
  });

  it("'the best day of his life' without 'since' or 'on record' is not a dated day", () => {
    expect(texts('He called it the best day of his life.')).toEqual([]);
  });

  it("'a third straight title' is no period", () => {
    expect(texts('The club won a third straight title.')).toEqual([]);
  });

  it("'take years of practice' as a noun phrase's object is not measured after 'take' alone when 'of' follows", () => {
    expect(texts('Such skills take years of practice.')).toEqual([]);
  });
});
