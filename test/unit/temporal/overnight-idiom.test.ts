import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A change denied or doubted to come "overnight" is the idiom of suddenness, no night ("it's not
// going to happen overnight", read on t17/fresh2 and four more Timeline17 stories). Sentences
// written for these tests; published 2016-02-03.
const texts = (text: string) => tagTimexes(text, '2016-02-03').map((t) => t.text);

describe('tagTimexes: "overnight" as the idiom of suddenness', () => {
  it('"won\'t happen overnight" is not tagged', () => {
    expect(texts("The mayor said a cleaner river won't happen overnight.")).toEqual([]);
  });

  it('"cannot be rebuilt overnight" and "nobody expects the habits to change overnight" are not tagged', () => {
    expect(texts('The pier cannot be rebuilt overnight. Nobody expects the habits of drivers to change overnight.')).toEqual([]);
  });
});
