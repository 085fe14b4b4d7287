import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Issue 13/16: after a preposition of a stretch of time ("during", "through", "into"), "the
// afternoon", "the night", "the morning" point at the story's day as "that afternoon" does: the
// last day named, or publication's.
const SUN = '2022-03-13';

describe('tagTimexes: a part of the story day after "during", "through", "into"', () => {
  it.each([
    ['during the afternoon', 'Showers will spread north during the afternoon.', 'the afternoon', '2022-03-13TAF'],
    ['through the night', 'Crews worked through the night to clear the line.', 'the night', '2022-03-13TNI'],
    ['into the morning', 'The blaze burned into the morning.', 'the morning', '2022-03-13TMO'],
  ])('%s is a time of the publication day', (_name, sentence, words, value) => {
    expect(tagTimexes(sentence, SUN).find((t) => t.text === words)?.value).toBe(value);
  });

  it('takes the last day named before it', () => {
    const text = 'The ferry sank on Friday. Divers searched the wreck through the night.';
    expect(tagTimexes(text, SUN).find((t) => t.text === 'the night')?.value).toBe('2022-03-11TNI');
  });
});
