// What figure-told.negative.test.ts's rule keeps. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2025-09-18';
const datesOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).map((e) => [e.when.text, e.when.start]);

describe('a score made at a date keeps it', () => {
  it('keeps a score told as news', () => {
    expect(datesOf('The visitors made 315-5 in Galle in 2004.', [['2004', '2004']])).toEqual([['2004', '2004-01-01']]);
  });
});
