import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A broadcast named by a time word is no day: "Radio 4's Today programme", "NBC's Today show",
// "Fox News Sunday" (read on t17/fresh2; Timeline17 quotes them often). Sentences written for these
// tests; published 2016-02-03.
const texts = (text: string) => tagTimexes(text, '2016-02-03').map((t) => t.text);

describe('tagTimexes: a show named by a time word', () => {
  it('"told the station\'s Today programme" is not tagged', () => {
    expect(texts("The chancellor told the station's Today programme that taxes would stay.")).toEqual([]);
  });

  it('"on Fox News Sunday" is not tagged', () => {
    expect(texts('The senator defended the bill on Fox News Sunday.')).toEqual([]);
  });
});
