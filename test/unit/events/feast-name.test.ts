// A feast that dates a happening keeps its date, even before a capitalised name that is no
// accord or rising. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2025-09-10';
const datesOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).map((e) => [e.when.text, e.when.start]);

describe('a feast that dates a happening keeps it', () => {
  it('keeps Good Friday when talks fell on it', () => {
    expect(datesOf('The two sides met on Good Friday to sign the truce.', [['Good Friday', '2025-04-18']])).toEqual([['Good Friday', '2025-04-18']]);
  });
});
