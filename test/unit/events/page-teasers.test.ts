// Issue 13: what the teaser rules (page-teasers.negative.test.ts) keep: a live blog's entry timed
// with its "a.m." or written "09:40", and prose that mentions tags. Lines written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2022-10-07';
const datesOf = (text: string, timexes: [string, string, string?][]) =>
  buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, (type as 'DATE' | 'TIME') ?? 'DATE')), PUBLISHED).map((e) => e.when.text);

describe('timed entries and prose that stay', () => {
  it("keeps a live blog's entry written with a leading zero", () => {
    const text = 'Rescue crews reached the valley this morning.\n09:40 Crews reach the last cut-off village.\nMore help is on its way.';
    expect(datesOf(text, [['09:40', '2022-10-07T09:40', 'TIME']])).toEqual(['09:40']);
  });
  it('keeps a sentence that begins with the word "Tags"', () => {
    const text = 'Tags on the stolen cars were changed on Tuesday, police said.';
    expect(datesOf(text, [['Tuesday', '2022-10-04']])).toEqual(['Tuesday']);
  });
});
