import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "for the period from August 1988 to March 1989": a period given its own dated bounds is that
// span, not the period the story reports (read on reuters/fresh14's Walbro). Sentences written for
// these tests.
describe('tagTimexes: a period bounded by its own dates', () => {
  it('is not taken for the quarter the story reports; its bounds are tagged', () => {
    const story = 'Net rose 12 pct in the first quarter. The plant will be shut for the period from August 1988 to March 1989.';
    const got = tagTimexes(story, '1988-04-20').map((t) => [t.text, t.value]);
    expect(got.find(([text]) => text === 'the period')?.[1]).not.toBe('1988-Q1');
    expect(got).toContainEqual(['August 1988', '1988-08']);
    expect(got).toContainEqual(['March 1989', '1989-03']);
  });
});
